//! PO reader: never panics; whatever it accepts, it writes and reads back to the same file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = dragoman::po::parse(text) {
        let written = dragoman::po::write(&file);
        let again = dragoman::po::parse(&written).expect("our own output parses");
        assert_eq!(dragoman::po::write(&again), written, "writing is stable");
    }
});
