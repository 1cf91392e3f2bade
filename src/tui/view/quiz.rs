//! Drawing the quiz runner (to be written).
