// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PKCE (RFC 7636) as XSignIn uses it: the S256 challenge against the RFC's own example, and verifiers
// and states that are long enough, of the allowed characters, and never the same twice.
#include "x/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace EpisodeDesk::Models;

class PkceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeMatchesRfc7636AppendixB()
    {
        // RFC 7636, Appendix B: the verifier and the challenge the RFC computes for it.
        QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAreWellFormedAndFresh()
    {
        // RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray verifier = Pkce::makeVerifier();
            QVERIFY2(unreserved.match(QString::fromLatin1(verifier)).hasMatch(), verifier.constData());
            QVERIFY(!seen.contains(verifier));
            seen.insert(verifier);
            // The challenge is base64url without padding: 43 characters for SHA-256.
            QCOMPARE(Pkce::challenge(verifier).size(), 43);
            QVERIFY(!Pkce::challenge(verifier).contains('='));
        }
    }

    void statesDiffer()
    {
        const QByteArray a = Pkce::makeState();
        const QByteArray b = Pkce::makeState();
        QVERIFY(a.size() >= 43);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(PkceTest)
#include "test_pkce.moc"
