amara-okafor-0000000000 = no source comment
