###
### dragoman-header: Project-Id-Version: Board election 2025\nReport-Msgid-Bugs-To: \nPO-Revision-Date: \nLast-Translator: \nLanguage-Team: \nLanguage: fa\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nPlural-Forms: nplurals=2; plural=(n > 1);\n

# dragoman-note: front matter: title
# dragoman-ref: statements/samira-haddad.md:2
# dragoman-source: Samira Haddad
samira-haddad-e2302974ef = سمیرا حداد

# dragoman-note: front matter: description
# dragoman-ref: statements/samira-haddad.md:3
# dragoman-source: Candidate statement on translation and outreach
candidate-statement-on-403e65ef9b = بیانیهٔ نامزدی دربارهٔ ترجمه و ارتباط با جامعه

# dragoman-note: heading 2
# dragoman-ref: statements/samira-haddad.md:6
# dragoman-source: Introduction
introduction-eb91bcd3bc = معرفی

# dragoman-note: paragraph
# dragoman-ref: statements/samira-haddad.md:8
# dragoman-state: stale
# dragoman-previous: My name is Samira. I translate technical documentation into Arabic and French, and I coordinate a team of twenty volunteer translators.
# dragoman-source: My name is Samira. I translate technical documentation into Arabic and French, and I coordinate a team of thirty volunteer translators.
my-name-is-samira-286e841f39 = نام من سمیراست. مستندات فنی را به عربی و فرانسوی ترجمه می‌کنم و گروهی از بیست مترجم داوطلب را هماهنگ می‌کنم.

# dragoman-note: heading 2
# dragoman-ref: statements/samira-haddad.md:10
# dragoman-source: Why translation matters
why-translation-matters-69a0be322f = چرا ترجمه اهمیت دارد

# dragoman-note: paragraph
# dragoman-ref: statements/samira-haddad.md:12
# dragoman-source: Most newcomers read documentation in their first language. When the documentation is only in English, many people never start.
most-newcomers-read-documentation-fe46fd6654 = بیشتر تازه‌واردان مستندات را به زبان مادری خود می‌خوانند. وقتی مستندات فقط به انگلیسی است، بسیاری هرگز شروع نمی‌کنند.

# dragoman-note: heading 3
# dragoman-ref: statements/samira-haddad.md:14
# dragoman-source: My goals
my-goals-ef9b0ae121 = هدف‌های من

# dragoman-note: list item
# dragoman-ref: statements/samira-haddad.md:16
# dragoman-source: **Translation sprints**: run two online sprints every year, open to everyone.
translation-sprints-run-two-e980bf50bc = { "*" }*دوی سرعت ترجمه**: برگزاری سالانه دو رویداد ترجمهٔ برخط که برای همه باز است.

# dragoman-note: list item
# dragoman-ref: statements/samira-haddad.md:17
# dragoman-source: **Right-to-left support**: make sure our websites display Arabic, Persian and Hebrew correctly.
right-to-left-support-1d1bc4fd87 = { "*" }*پشتیبانی از راست‌به‌چپ**: اطمینان از اینکه وب‌سایت‌های ما عربی، فارسی و عبری را درست نمایش می‌دهند.

# dragoman-note: list item
# dragoman-ref: statements/samira-haddad.md:18
# dragoman-source: **Recognition**: list translators as contributors, exactly like code authors.
recognition-list-translators-as-8feb1df5b8 = { "*" }*قدردانی**: نام بردن از مترجمان به‌عنوان مشارکت‌کننده، درست مانند نویسندگان کد.

# dragoman-note: block quote
# dragoman-ref: statements/samira-haddad.md:20
# dragoman-source: Translation is how a community says: you belong here.
translation-is-how-a-f14a2d4b74 = ترجمه راهی است که یک جامعه با آن می‌گوید: تو به اینجا تعلق داری.

# dragoman-note: paragraph
# dragoman-ref: statements/samira-haddad.md:22
# dragoman-state: untranslated
# dragoman-source: I would be glad to answer your questions at the candidates' forum.
i-would-be-glad-7a4c079c7b = I would be glad to answer your questions at the candidates' forum.
