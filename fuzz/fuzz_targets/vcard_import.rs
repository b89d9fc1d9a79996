#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    crmfile_fuzz::vcard_import(data);
});
