//! One file per screen; every view only reads state.
pub mod dashboard;
pub mod quiz;
