//! The quiz runner screen state (to be written).
