// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace EpisodeDesk::Ui {

// Picks a new time for a tweet that missed its own (or any pending tweet): one field, in local time,
// and the tweet it is about. The time must lie in the future, or the tweet would only be missed again.
//
//     auto *dialog = new RescheduleDialog(expandedText, config.scheduledAt, now, this);
//     dialog->setSaveFunction([](const QDateTime &utc, QString *error) { ... return ok; });
//     dialog->open();
class RescheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescheduleDialog)

public:
    using SaveFunction = std::function<bool(const QDateTime &when, QString *error)>;
    using Clock = std::function<QDateTime()>;

    // `current`: the tweet's time now (invalid: none); `clock`: what "now" is (the window's clock).
    RescheduleDialog(const QString &text, const QDateTime &current, Clock clock, QWidget *parent = nullptr);
    ~RescheduleDialog() override;

    // The time entered, in UTC.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &when);
    void setSaveFunction(SaveFunction save);

    // A first suggestion: a little ahead of now, on a round five minutes.
    static QDateTime suggestedTime(const QDateTime &now);

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    Clock m_clock;
    SaveFunction m_save;
    QDateTimeEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
