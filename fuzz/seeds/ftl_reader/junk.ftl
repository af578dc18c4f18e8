# dragoman-source: Amara Okafor
amara-okafor-0000000000 = Amara
this is not fluent
