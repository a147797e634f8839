//! `postguard age` on any input: dates are parsed or refused with a reason, and an age is never negative,
//! never more than the years between the dates, and old enough exactly when it reaches the site's minimum.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postguard::signup::{AgeCheck, Date, AGE_LIMITS};

fuzz_target!(|input: (&str, &str, u8)| {
    let (dob, today, site) = input;
    let (Ok(dob), Ok(today)) = (dob.parse::<Date>(), today.parse::<Date>()) else { return };
    let limit = &AGE_LIMITS[usize::from(site) % AGE_LIMITS.len()];
    match AgeCheck::new(limit, dob, today) {
        Ok(check) => {
            assert!(dob <= today);
            assert!(i64::from(check.age) <= i64::from(today.year) - i64::from(dob.year));
            assert_eq!(check.old_enough, limit.minimum_age.map(|m| check.age >= m));
        }
        Err(e) => assert!(dob > today && !e.to_string().is_empty()),
    }
});
