### dragoman-header: Project-Id-Version: Board election 2025\nReport-Msgid-Bugs-To: \nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n

# dragoman-note: front matter: title
# dragoman-ref: statements/amara-okafor.md:2
# dragoman-source: Amara Okafor
amara-okafor-6479db8ccf = Amara Okafor

# dragoman-note: front matter: description
# dragoman-ref: statements/amara-okafor.md:3
# dragoman-source: Candidate statement for the community board election
candidate-statement-for-the-6a67eda985 = Candidate statement for the community board election

# dragoman-note: paragraph
# dragoman-ref: statements/amara-okafor.md:6
# dragoman-source: I am honored to stand for a seat on the community board. I have organized local meetups for eight years and I want to help our groups grow everywhere.
i-am-honored-to-d3d1b9b409 = I am honored to stand for a seat on the community board. I have organized local meetups for eight years and I want to help our groups grow everywhere.

# dragoman-note: paragraph
# dragoman-ref: statements/amara-okafor.md:9
# dragoman-source: _**Background**_ I started the Lagos study group in 2017 as a 12-person evening class. Today it is a volunteer-run community with more than 400 members.
background-i-started-the-723596cf78 = _**Background**_ I started the Lagos study group in 2017 as a 12-person evening class. Today it is a volunteer-run community with more than 400 members.

# dragoman-note: paragraph
# dragoman-ref: statements/amara-okafor.md:13
# dragoman-source: _**Priorities**_
priorities-d0be29e69c = _**Priorities**_

# dragoman-note: list item
# dragoman-ref: statements/amara-okafor.md:16
# dragoman-source: **Mentoring**: I will fund a mentoring program that pairs new organizers with experienced ones.
mentoring-i-will-fund-17cbd87ab2 = { "*" }*Mentoring**: I will fund a mentoring program that pairs new organizers with experienced ones.

# dragoman-note: list item
# dragoman-ref: statements/amara-okafor.md:17
# dragoman-source: **Grants**: Small grants should be easier to request, with answers within 30 days.
grants-small-grants-should-d860656305 = { "*" }*Grants**: Small grants should be easier to request, with answers within 30 days.

# dragoman-note: list item
# dragoman-ref: statements/amara-okafor.md:18
# dragoman-source: **Accessibility**: Every event we support should publish its accessibility information in advance.
accessibility-every-event-we-5e71623782 = { "*" }*Accessibility**: Every event we support should publish its accessibility information in advance.

# dragoman-note: paragraph
# dragoman-ref: statements/amara-okafor.md:21
# dragoman-source: Thank you for reading my statement. You can find my past work on [my website](https://example.org/amara).
thank-you-for-reading-0d3f121c69 = Thank you for reading my statement. You can find my past work on [my website](https://example.org/amara).
