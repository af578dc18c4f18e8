//! FTL reader: never panics; whatever it accepts round-trips through our writer.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(cat) = dragoman::ftl::parse(text) {
        let written = dragoman::ftl::write(&cat);
        let again = dragoman::ftl::parse(&written).expect("our own output parses");
        assert_eq!(again.write_po(), cat.write_po(), "the model survives");
    }
});
