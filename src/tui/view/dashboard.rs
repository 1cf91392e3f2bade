//! Drawing the progress dashboard (to be written).
