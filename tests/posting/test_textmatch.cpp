// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"
#include "sandbox/localxserver.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QTest>

#include <optional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {
char *toString(PostMatch match)
{
    return qstrdup(qPrintable(postMatchName(match)));
}
} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::XPostSummary)

namespace {

// A post as X lists it with tweet.fields=entities. Each pair is a t.co link of the text and the link
// X says it stands for (offsets do not matter to matchPost, which finds links by their url).
XPostSummary post(const QString &text, const QList<std::pair<QString, QString>> &links = {})
{
    XPostSummary summary;
    summary.id = u"1880000000000000001"_s;
    summary.text = text;
    summary.hasEntities = !links.isEmpty();
    for (const auto &[url, expanded] : links) {
        summary.urls.append({url, expanded, {}, 0, 23, {}});
    }
    return summary;
}

// The same post, listed without entities (not asked for, or X left them out).
XPostSummary bare(const QString &text)
{
    return post(text);
}

const QString kT1 = u"https://t.co/AbCdEf1234"_s;
const QString kT2 = u"https://t.co/ZyXwVu9876"_s;

const XCredentials kCredentials {u"match-consumer-key"_s, u"match-consumer-secret"_s, u"match-token"_s,
                                 u"match-token-secret"_s};

} // namespace

class TextMatchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchPost_data();
    void matchPost();
    void sameLink_data();
    void sameLink();
    void neighbourOnLocalServer();
};

void TextMatchTest::matchPost_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<XPostSummary>("onX");
    QTest::addColumn<PostMatch>("expected");

    using M = PostMatch;
    const QString a = u"Out now! https://example.com/ep101"_s;
    const QString b = u"Out now! https://example.com/ep102"_s;
    const QString onX = u"Out now! "_s + kT1;

    // The reported bug: the same words, one account, links that differ only after the host.
    QTest::newRow("neighbour: A's text, B's post")
        << a << post(onX, {{kT1, u"https://example.com/ep102"_s}}) << M::NoMatch;
    QTest::newRow("neighbour: B's text, B's post")
        << b << post(onX, {{kT1, u"https://example.com/ep102"_s}}) << M::Match;

    QTest::newRow("identical, no link") << u"Hello"_s << bare(u"Hello"_s) << M::Match;
    QTest::newRow("identical, link X left alone") << a << bare(a) << M::Match;
    QTest::newRow("different text") << u"Episode 7"_s << bare(u"Episode 8"_s) << M::NoMatch;
    QTest::newRow("different text, same link")
        << a << post(u"Out later! "_s + kT1, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;
    QTest::newRow("prefix only") << u"Hello"_s << bare(u"Hello world"_s) << M::NoMatch;

    // Scheme-less links come back from X with http:// in front.
    QTest::newRow("scheme-less link") << u"Listen: example.com/ep101"_s
                                      << post(u"Listen: "_s + kT1, {{kT1, u"http://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("scheme-less link, https")
        << u"Listen: example.com/ep101"_s << post(u"Listen: "_s + kT1, {{kT1, u"https://example.com/ep101"_s}})
        << M::Match;
    QTest::newRow("scheme-less neighbour")
        << u"Listen: example.com/ep101"_s << post(u"Listen: "_s + kT1, {{kT1, u"http://example.com/ep102"_s}})
        << M::NoMatch;
    QTest::newRow("uppercase host and scheme")
        << u"Out now! HTTPS://Example.COM/ep101"_s << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("path case matters") << u"Out now! https://example.com/EP101"_s
                                       << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;

    // X leaves sentence punctuation out of a link; the scheme rule of the sent side would take it in.
    QTest::newRow("trailing punctuation")
        << u"New: https://example.com/ep101!"_s
        << post(u"New: "_s + kT1 + u'!', {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("in parentheses") << u"(see https://example.com/ep101)."_s
                                    << post(u"(see "_s + kT1 + u")."_s, {{kT1, u"https://example.com/ep101"_s}})
                                    << M::Match;
    QTest::newRow("punctuation taken for the link")
        << u"New: https://example.com/ep101!"_s << post(u"New: "_s + kT1, {{kT1, u"https://example.com/ep101!"_s}})
        << M::Match;

    const QString twoLinks = u"a https://a.example.com/1 b https://b.example.com/2"_s;
    const QString twoOnX = u"a "_s + kT1 + u" b "_s + kT2;
    QTest::newRow("two links") << twoLinks
                               << post(twoOnX,
                                       {{kT1, u"https://a.example.com/1"_s}, {kT2, u"https://b.example.com/2"_s}})
                               << M::Match;
    QTest::newRow("two links, entities listed in another order")
        << twoLinks << post(twoOnX, {{kT2, u"https://b.example.com/2"_s}, {kT1, u"https://a.example.com/1"_s}})
        << M::Match;
    QTest::newRow("two links swapped")
        << twoLinks << post(twoOnX, {{kT1, u"https://b.example.com/2"_s}, {kT2, u"https://a.example.com/1"_s}})
        << M::NoMatch;
    QTest::newRow("two links, one unnamed")
        << twoLinks << post(twoOnX, {{kT1, u"https://a.example.com/1"_s}}) << M::CannotTell;
    QTest::newRow("two links, one unnamed, other wrong")
        << twoLinks << post(twoOnX, {{kT1, u"https://a.example.com/9"_s}}) << M::NoMatch;

    // X escapes &, < and > in the text; an expanded URL carries its query as sent.
    const QString qa = u"Q&A <live>: https://example.com/ep?a=1&b=2"_s;
    const QString qaOnX = u"Q&amp;A &lt;live&gt;: "_s + kT1;
    QTest::newRow("&amp; in text and in a query")
        << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&b=2"_s}}) << M::Match;
    QTest::newRow("&amp; escaped in the expanded URL too")
        << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&amp;b=2"_s}}) << M::Match;
    QTest::newRow("query differs") << qa << post(qaOnX, {{kT1, u"https://example.com/ep?a=1&b=3"_s}}) << M::NoMatch;
    QTest::newRow("query order matters") << qa << post(qaOnX, {{kT1, u"https://example.com/ep?b=2&a=1"_s}})
                                         << M::NoMatch;
    QTest::newRow("html escaped, no link") << u"Q&A <live>"_s << bare(u"Q&amp;A &lt;live&gt;"_s) << M::Match;

    // Without entities a fitting text can neither be confirmed nor ruled out.
    QTest::newRow("no entities") << a << bare(onX) << M::CannotTell;
    QTest::newRow("no entities, scheme-less")
        << u"Listen: example.com/ep101"_s << bare(u"Listen: "_s + kT1) << M::CannotTell;
    QTest::newRow("no entities, text differs") << a << bare(u"Out later! "_s + kT1) << M::NoMatch;
    QTest::newRow("no entities, word where X has a link") << u"Out now! soon"_s << bare(onX) << M::NoMatch;
    QTest::newRow("entities without this link")
        << a << post(onX, {{u"https://t.co/Other00000"_s, u"https://example.com/ep101"_s}}) << M::CannotTell;
    QTest::newRow("entity without expanded_url") << a << post(onX, {{kT1, QString()}}) << M::CannotTell;
    QTest::newRow("X contradicts itself")
        << a << post(onX, {{kT1, u"https://example.com/ep101"_s}, {kT1, u"https://example.com/ep102"_s}})
        << M::CannotTell;

    // A link on one side only.
    QTest::newRow("post has a link the text has not")
        << u"Out now!"_s << post(onX, {{kT1, u"https://example.com/ep101"_s}}) << M::NoMatch;
    QTest::newRow("text has a link the post has not") << a << post(u"Out now!"_s) << M::NoMatch;
    QTest::newRow("link vs word") << u"see https://a.example"_s << bare(u"see nothing"_s) << M::NoMatch;

    // Characters that take more than one UTF-16 unit, or are not ASCII, before and in a link.
    QTest::newRow("emoji before the link")
        << u"\U0001F399\uFE0F New episode \U0001F525 https://example.com/ep101"_s
        << post(u"\U0001F399\uFE0F New episode \U0001F525 "_s + kT1, {{kT1, u"https://example.com/ep101"_s}})
        << M::Match;
    QTest::newRow("CJK before the link, no blank")
        << u"新しいエピソード：https://example.com/ep101"_s
        << post(u"新しいエピソード："_s + kT1, {{kT1, u"https://example.com/ep101"_s}}) << M::Match;
    QTest::newRow("CJK neighbour") << u"新しいエピソード https://example.com/ep101"_s
                                   << post(u"新しいエピソード "_s + kT1, {{kT1, u"https://example.com/ep102"_s}})
                                   << M::NoMatch;
    QTest::newRow("non-ASCII path, percent-encoded by X")
        << u"Out now! example.com/café"_s << post(onX, {{kT1, u"http://example.com/caf%C3%A9"_s}}) << M::Match;

    // Normalisation the texts have always had.
    QTest::newRow("trailing blank") << u"Hello "_s << bare(u"Hello"_s) << M::Match;
    QTest::newRow("blank runs and CRLF") << u"Line  one\r\nLine\ttwo"_s << bare(u"Line one\nLine two"_s) << M::Match;
    QTest::newRow("NFC") << u"Cafe\u0301"_s << bare(u"Caf\u00e9"_s) << M::Match;
    QTest::newRow("regex characters") << u"1+1=(2)? [yes]*"_s << bare(u"1+1=(2)? [yes]*"_s) << M::Match;
    QTest::newRow("regex characters differ") << u"a.c"_s << bare(u"abc"_s) << M::NoMatch;
}

void TextMatchTest::matchPost()
{
    QFETCH(QString, sent);
    QFETCH(XPostSummary, onX);
    QFETCH(PostMatch, expected);
    QCOMPARE(EpisodeDesk::Models::matchPost(sent, onX), expected);
}

void TextMatchTest::sameLink_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<bool>("same");

    QTest::newRow("equal") << u"https://example.com/ep101"_s << u"https://example.com/ep101"_s << true;
    QTest::newRow("neighbour") << u"https://example.com/ep101"_s << u"https://example.com/ep102"_s << false;
    QTest::newRow("scheme-less, http") << u"example.com/ep101"_s << u"http://example.com/ep101"_s << true;
    QTest::newRow("scheme-less, https") << u"example.com/ep101"_s << u"https://example.com/ep101"_s << true;
    QTest::newRow("scheme-less, ftp") << u"example.com/ep101"_s << u"ftp://example.com/ep101"_s << false;
    QTest::newRow("http vs https") << u"http://example.com/ep101"_s << u"https://example.com/ep101"_s << false;
    QTest::newRow("scheme case") << u"HTTPS://example.com/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("host case") << u"https://Example.COM/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("path case") << u"https://example.com/X"_s << u"https://example.com/x"_s << false;
    QTest::newRow("default port https") << u"https://example.com:443/x"_s << u"https://example.com/x"_s << true;
    QTest::newRow("default port http, scheme-less") << u"example.com:80/x"_s << u"http://example.com/x"_s << true;
    QTest::newRow("other port") << u"example.com:8080/x"_s << u"http://example.com/x"_s << false;
    QTest::newRow("same other port") << u"example.com:8080/x"_s << u"http://example.com:8080/x"_s << true;
    QTest::newRow("empty path, slash") << u"example.com"_s << u"http://example.com/"_s << true;
    QTest::newRow("empty path, slash before query")
        << u"https://example.com?a=1"_s << u"https://example.com/?a=1"_s << true;
    QTest::newRow("trailing slash on a path")
        << u"https://example.com/ep101/"_s << u"https://example.com/ep101"_s << false;
    QTest::newRow("fragment differs") << u"https://example.com/x#a"_s << u"https://example.com/x#b"_s << false;
    QTest::newRow("query differs") << u"https://example.com/x?a=1"_s << u"https://example.com/x?a=2"_s << false;
    QTest::newRow("user info") << u"https://me@example.com/x"_s << u"https://example.com/x"_s << false;
    QTest::newRow("IDN host") << u"bücher.example/ep"_s << u"http://xn--bcher-kva.example/ep"_s << true;
    QTest::newRow("percent-encoding case") << u"https://example.com/a%2fb"_s << u"https://example.com/a%2Fb"_s << true;
    QTest::newRow("percent-escape is not the character")
        << u"https://example.com/a%2Fb"_s << u"https://example.com/a/b"_s << false;
    QTest::newRow("IPv6 and port") << u"http://[::1]:80/x"_s << u"http://[::1]/x"_s << true;
}

void TextMatchTest::sameLink()
{
    QFETCH(QString, sent);
    QFETCH(QString, expanded);
    QFETCH(bool, same);
    QCOMPARE(EpisodeDesk::Models::sameLink(sent, expanded), same);
}

// The user's report end to end: A's request is lost (X creates nothing), B posts, and the timeline read
// back through XClient from the local X server tells the two apart.
void TextMatchTest::neighbourOnLocalServer()
{
    const QString userId = u"3003"_s;
    LocalXServer server;
    server.addUser(userId, u"matchshow"_s, u"Match show"_s, kCredentials);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    XNetworkAccessManager manager;
    XClient client(&manager);

    const QString a = u"Out now! https://example.com/ep101"_s;
    const QString b = u"Out now! https://example.com/ep102"_s;
    server.injectFault({.kind = LocalXServer::FaultKind::DropBeforeCreate});
    std::optional<XCreateResult> created;
    client.createPost(server.baseUrl(), kCredentials, a, this, [&](const XCreateResult &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->outcome, XOutcome::MayHavePublished);
    created.reset();
    client.createPost(server.baseUrl(), kCredentials, b, this, [&](const XCreateResult &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->outcome, XOutcome::Published);
    QCOMPARE(server.storedPostCount(), 1);

    std::optional<XUserTweetsResult> timeline;
    client.userTweets(server.baseUrl(), kCredentials, userId, {}, this,
                      [&](const XUserTweetsResult &r) { timeline = r; });
    QTRY_VERIFY(timeline.has_value());
    QVERIFY2(timeline->ok, qPrintable(timeline->message));
    QCOMPARE(timeline->posts.size(), 1);
    const XPostSummary &postB = timeline->posts.constFirst();
    QCOMPARE(postB.id, created->postId);
    QVERIFY(postB.text != b); // the link came back as t.co
    QVERIFY(postB.hasEntities);
    QCOMPARE(EpisodeDesk::Models::matchPost(a, postB), PostMatch::NoMatch);
    QCOMPARE(EpisodeDesk::Models::matchPost(b, postB), PostMatch::Match);
}

QTEST_GUILESS_MAIN(TextMatchTest)
#include "test_textmatch.moc"
