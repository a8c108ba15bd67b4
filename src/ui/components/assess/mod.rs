//! Rating the areas: the profile, one area's questions, a level picker.

pub mod area_rating;
pub mod level_picker;
pub mod profile_form;
