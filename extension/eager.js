// The sites with sign-up age limits and friend-request lists (src/signup.rs AGE_LIMITS; a test keeps the manifest's
// list equal to it): their top frame starts PostGuard's engine at once, without waiting for someone to type, so the
// age note and the friend-request guard are there when the page is. Runs before content/bootstrap.js.
globalThis.__postguardEager = true;
