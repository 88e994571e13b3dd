//! One test per diagnostic code that no other test provokes: each names
//! what the user did wrong, makes that mistake in a copy of the `basic`
//! fixture, and checks the located message the user sees and the exit code.
