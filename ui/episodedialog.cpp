// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodedialog.h"

#include "messagebox.h"
#include "posting/holdreason.h"
#include "text/twittertext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

namespace {

// The spin box's minimum stands for "no number" (numbers start at 0 in the schema).
constexpr int noNumber = -1;

} // namespace

EpisodeDialog::EpisodeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("episodeDialog"));
    setMinimumWidth(480);

    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("numberSpin"));
    m_number->setRange(noNumber, 99999);
    m_number->setSpecialValueText(tr("None"));
    m_number->setToolTip(tr("The episode's number in the show, if it has one"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Required"));

    m_publishedCheck = new QCheckBox(tr("Published on"), this);
    m_publishedCheck->setObjectName(QStringLiteral("publishedCheck"));
    m_published = new QDateEdit(QDate::currentDate(), this);
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_published->setCalendarPopup(true);
    m_published->setEnabled(false);
    auto *publishedRow = new QHBoxLayout;
    publishedRow->addWidget(m_publishedCheck);
    publishedRow->addWidget(m_published);
    publishedRow->addStretch();

    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setPlaceholderText(tr("https://example.com/episodes/12"));
    m_link->setClearButtonEnabled(true);
    m_linkHint = new QLabel(tr("Enter a web address such as https://example.com/episodes/12."), this);
    m_linkHint->setObjectName(QStringLiteral("linkHint"));
    m_linkHint->setWordWrap(true);
    m_linkHint->setVisible(false);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Guests, topics, anything you want to find again later"));

    // "In the feed: …  [Use the feed's value]" under a field the user changed; hidden otherwise.
    const auto makeHint = [this](const QString &name) {
        FeedHint hint;
        hint.label = new QLabel(this);
        hint.label->setObjectName(QStringLiteral("feed%1Label").arg(name));
        hint.label->setTextFormat(Qt::PlainText);
        hint.label->setWordWrap(true);
        hint.use = new QPushButton(tr("Use the feed's value"), this);
        hint.use->setObjectName(QStringLiteral("useFeed%1Button").arg(name));
        hint.label->setVisible(false);
        hint.use->setVisible(false);
        return hint;
    };
    m_feedNumber = makeHint(QStringLiteral("Number"));
    m_feedTitle = makeHint(QStringLiteral("Title"));
    m_feedDate = makeHint(QStringLiteral("Date"));
    m_feedLink = makeHint(QStringLiteral("Link"));
    const auto hintRow = [](const FeedHint &hint) {
        auto *row = new QHBoxLayout;
        row->addWidget(hint.label, 1);
        row->addWidget(hint.use);
        return row;
    };

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(QString(), hintRow(m_feedNumber));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), hintRow(m_feedTitle));
    form->addRow(tr("Date:"), publishedRow);
    form->addRow(QString(), hintRow(m_feedDate));
    form->addRow(tr("&Link:"), m_link);
    form->addRow(QString(), m_linkHint);
    form->addRow(QString(), hintRow(m_feedLink));
    form->addRow(tr("N&otes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EpisodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EpisodeDialog::reject);

    m_heldWarning = new QLabel(this);
    m_heldWarning->setObjectName(QStringLiteral("heldWarning"));
    m_heldWarning->setWordWrap(true);
    m_heldWarning->setTextFormat(Qt::PlainText);
    m_heldWarning->setFrameShape(QFrame::StyledPanel);
    m_heldWarning->setMargin(8);
    // Red is the second cue; the words say what happens.
    QPalette warningPalette = m_heldWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_heldWarning->setPalette(warningPalette);
    m_heldWarning->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_heldWarning);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &EpisodeDialog::updateValidity);
    connect(m_link, &QLineEdit::textChanged, this, &EpisodeDialog::updateValidity);
    connect(m_publishedCheck, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    // Every field a placeholder fills in.
    connect(m_number, &QSpinBox::valueChanged, this, &EpisodeDialog::updateHeldWarning);
    connect(m_publishedCheck, &QCheckBox::toggled, this, &EpisodeDialog::updateHeldWarning);
    connect(m_published, &QDateEdit::dateChanged, this, &EpisodeDialog::updateHeldWarning);
    connect(m_title, &QLineEdit::textChanged, this, &EpisodeDialog::updateFeedHints);
    connect(m_link, &QLineEdit::textChanged, this, &EpisodeDialog::updateFeedHints);
    connect(m_number, &QSpinBox::valueChanged, this, &EpisodeDialog::updateFeedHints);
    connect(m_publishedCheck, &QCheckBox::toggled, this, &EpisodeDialog::updateFeedHints);
    connect(m_published, &QDateEdit::dateChanged, this, &EpisodeDialog::updateFeedHints);
    connect(m_feedTitle.use, &QPushButton::clicked, this, [this] {
        if (m_feedValues) {
            m_title->setText(m_feedValues->title);
        }
    });
    connect(m_feedNumber.use, &QPushButton::clicked, this, [this] {
        if (m_feedValues) {
            m_number->setValue(m_feedValues->number.value_or(noNumber));
        }
    });
    connect(m_feedDate.use, &QPushButton::clicked, this, [this] {
        if (m_feedValues) {
            m_publishedCheck->setChecked(m_feedValues->publishedOn.isValid());
            if (m_feedValues->publishedOn.isValid()) {
                m_published->setDate(m_feedValues->publishedOn);
            }
        }
    });
    connect(m_feedLink.use, &QPushButton::clicked, this, [this] {
        if (m_feedValues) {
            m_link->setText(m_feedValues->link.toDisplayString());
        }
    });

    setEpisode({});
}

EpisodeDialog::~EpisodeDialog() = default;

void EpisodeDialog::setEpisode(const Models::Episode &episode)
{
    m_episode = episode;
    const bool isNew = episode.id == 0;
    setWindowTitle(isNew ? tr("New Episode") : tr("Edit Episode"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add Episode") : tr("Save"));
    m_number->setValue(episode.number.value_or(noNumber));
    m_title->setText(episode.title);
    m_publishedCheck->setChecked(episode.publishedOn.isValid());
    m_published->setDate(episode.publishedOn.isValid() ? episode.publishedOn : QDate::currentDate());
    m_link->setText(episode.link.toDisplayString());
    m_notes->setPlainText(episode.notes);
    m_title->setFocus();
    updateValidity();
}

void EpisodeDialog::setFeedValues(const std::optional<Models::FeedValues> &values)
{
    m_feedValues = values;
    updateFeedHints();
}

void EpisodeDialog::updateFeedHints()
{
    const Models::Episode entered = episode();
    const auto show = [](const FeedHint &hint, bool differs, const QString &text) {
        hint.label->setText(text);
        hint.label->setVisible(differs);
        hint.use->setVisible(differs);
    };
    const bool fromFeed = m_feedValues.has_value();
    const Models::FeedValues feed = m_feedValues.value_or(Models::FeedValues());
    show(m_feedTitle, fromFeed && entered.title != feed.title.trimmed(), tr("In the feed: %1").arg(feed.title));
    show(m_feedNumber, fromFeed && entered.number != feed.number,
         feed.number ? tr("In the feed: %1").arg(*feed.number) : tr("In the feed: no number"));
    show(m_feedDate, fromFeed && entered.publishedOn != feed.publishedOn,
         feed.publishedOn.isValid()
             ? tr("In the feed: %1").arg(QLocale().toString(feed.publishedOn, QLocale::ShortFormat))
             : tr("In the feed: no date"));
    show(m_feedLink, fromFeed && entered.link != feed.link,
         feed.link.isEmpty() ? tr("In the feed: no link") : tr("In the feed: %1").arg(feed.link.toDisplayString()));
}

Models::Episode EpisodeDialog::episode() const
{
    Models::Episode episode = m_episode;
    episode.number = m_number->value() == noNumber ? std::nullopt : std::optional<int>(m_number->value());
    episode.title = m_title->text().trimmed();
    episode.publishedOn = m_publishedCheck->isChecked() ? m_published->date() : QDate();
    episode.link = parseLink(m_link->text()).value_or(QUrl());
    episode.notes = m_notes->toPlainText();
    return episode;
}

void EpisodeDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void EpisodeDialog::setTweets(const QList<Models::TweetConfig> &tweets)
{
    m_scheduledTweets.clear();
    for (const Models::TweetConfig &tweet : tweets) {
        const bool unsent = tweet.status == Models::TweetStatus::Pending || tweet.status == Models::TweetStatus::Failed;
        if (unsent && tweet.enabled && !tweet.archived && tweet.scheduledAt.isValid()) {
            m_scheduledTweets.append(tweet);
        }
    }
    updateHeldWarning();
}

QString EpisodeDialog::heldWarning() const
{
    const Models::TwitterTextConfig rules;
    const Models::Episode edited = episode();
    QList<Models::HoldReason> pushed;
    for (const Models::TweetConfig &tweet : m_scheduledTweets) {
        // Only what this edit does: a tweet that is held already was told about when that happened.
        if (Models::textHoldReason(tweet.text, m_episode)) {
            continue;
        }
        const auto after = Models::textHoldReason(tweet.text, edited);
        if (after && after->weightedLength > rules.maxWeightedTweetLength) {
            pushed.append(*after);
        }
    }
    if (pushed.isEmpty()) {
        return {};
    }
    if (pushed.size() == 1) {
        return tr("With these details, 1 scheduled tweet of this episode would be too long: %1 It will be held, "
                  "not posted, until it fits.")
            .arg(pushed.first().message);
    }
    QStringList lengths;
    for (const Models::HoldReason &hold : std::as_const(pushed)) {
        lengths.append(QString::number(hold.weightedLength));
    }
    return tr("With these details, %n scheduled tweets of this episode would be too long: %1 characters after "
              "filling in (X allows %2). They will be held, not posted, until they fit.",
              nullptr, int(pushed.size()))
        .arg(lengths.join(tr(", ")))
        .arg(rules.maxWeightedTweetLength);
}

void EpisodeDialog::updateHeldWarning()
{
    const QString warning = heldWarning();
    m_heldWarning->setText(warning);
    m_heldWarning->setVisible(!warning.isEmpty());
}

std::optional<QUrl> EpisodeDialog::parseLink(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QUrl();
    }
    // fromUserInput accepts what people paste ("example.com/ep12" as well as full URLs); a single word
    // would become "http://word", so a host needs a dot to count as an address.
    const QUrl url = QUrl::fromUserInput(trimmed);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || !url.host().contains(QLatin1Char('.'))) {
        return std::nullopt;
    }
    return url;
}

void EpisodeDialog::updateValidity()
{
    const bool linkOk = parseLink(m_link->text()).has_value();
    m_linkHint->setVisible(!linkOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(linkOk && !m_title->text().trimmed().isEmpty());
    updateHeldWarning();
}

void EpisodeDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return; // Return in a field must not bypass the validation that disabled OK
    }
    // A warning, not a refusal: the user may mean to shorten the tweets next.
    if (const QString warning = heldWarning(); !warning.isEmpty() &&
        !MessageBox::confirm(this, tr("Scheduled Tweets Will Be Held"), warning, tr("Save Anyway"),
                             QMessageBox::Warning)) {
        return;
    }
    if (m_save) {
        QString error;
        if (!m_save(episode(), &error)) {
            MessageBox::warning(this, tr("Episode Not Saved"), tr("The episode could not be saved. %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace EpisodeDesk::Ui
