// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk completion bash | zsh | fish: completion scripts written from the command table and each
// command's own parser (reference.h), so that they offer exactly what the parser accepts.
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "commands/reference.h"

#include <QMap>

namespace EpisodeDesk::App::Commands {

namespace {

// What each shell needs: per group, its subcommands; per command, its options (with their values).
struct Completions
{
    QList<CommandHelp> commands = describeAll();

    QStringList groupNames() const
    {
        QStringList names;
        for (const CommandGroup &group : commandGroups()) {
            names.append(QLatin1String(group.name));
        }
        return names;
    }
    static QStringList subcommands(const CommandGroup &group)
    {
        QStringList names;
        for (const CommandEntry &command : group.commands) {
            if (*command.subcommand) {
                names.append(QLatin1String(command.subcommand));
            }
        }
        return names;
    }
    static QStringList optionNames(const CommandHelp &help)
    {
        QStringList names;
        for (const CommandHelp::Item &option : help.options) {
            names.append(option.name);
        }
        names.append(QStringLiteral("--help"));
        return names;
    }
    // Options whose value is a file or a database, for which the shell offers file names.
    QStringList fileOptions() const
    {
        QStringList names {QStringLiteral("--db")};
        for (const CommandHelp &help : commands) {
            for (const CommandHelp::Item &option : help.options) {
                if ((option.value == QLatin1String("PATH") || option.value == QLatin1String("FILE") ||
                     option.value == QLatin1String("IMAGE") || option.value == QLatin1String("TARGET")) &&
                    !names.contains(option.name)) {
                    names.append(option.name);
                }
            }
        }
        return names;
    }
    // Options that take a value, --db among them: the word after one is its value, not a command.
    QStringList valueOptions() const
    {
        QStringList names {QStringLiteral("--db")};
        for (const CommandHelp &help : commands) {
            for (const CommandHelp::Item &option : help.options) {
                if (!option.value.isEmpty() && !names.contains(option.name)) {
                    names.append(option.name);
                }
            }
        }
        return names;
    }
};

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// bash and zsh share the walk over the words typed so far: the first two words that are not options
// (nor --db's value) are the group and the subcommand.
QString caseBody(const Completions &all, const QString &indent, const QString &endCase)
{
    QString body;
    QTextStream s(&body);
    s << indent << "case $group in\n"
      << indent << "\"\") candidates="
      << shellQuoted(all.groupNames().join(QLatin1Char(' ')) + QStringLiteral(" --db --demo --version --help"))
      << " ;;\n";
    for (const CommandGroup &group : commandGroups()) {
        s << indent << group.name << ")\n" << indent << "    case $sub in\n";
        const QStringList subs = Completions::subcommands(group);
        QString whole = subs.join(QLatin1Char(' ')); // the group itself: its subcommands, or its own options
        for (const CommandHelp &help : all.commands) {
            if (help.group != &group) {
                continue;
            }
            const QString options = Completions::optionNames(help).join(QLatin1Char(' '));
            if (*help.command->subcommand) {
                s << indent << "    " << help.command->subcommand << ") candidates=" << shellQuoted(options) << " ;;\n";
            } else {
                whole += QLatin1Char(' ') + options;
            }
        }
        if (group.reference) {
            whole = qstrcmp(group.name, "completion") == 0 ? QStringLiteral("bash zsh fish")
                                                           : all.groupNames().join(QLatin1Char(' '));
        }
        s << indent << "    *) candidates=" << shellQuoted(whole.trimmed()) << " ;;\n" << indent << "    esac ;;\n";
    }
    s << indent << endCase << '\n';
    s.flush();
    return body;
}

QString walk(const Completions &all, const QString &first, const QString &current)
{
    return QStringLiteral(
               "    local group= sub= i\n"
               "    for ((i = %1; i < %2; i++)); do\n"
               "        case ${words[i]} in\n"
               "        %3) ((i++)); continue ;;\n"
               "        -*) continue ;;\n"
               "        esac\n"
               "        if [[ -z $group ]]; then group=${words[i]}; elif [[ -z $sub ]]; then sub=${words[i]}; fi\n"
               "    done\n")
        .arg(first, current, all.valueOptions().join(QLatin1Char('|')));
}

QString bash(const Completions &all)
{
    QString script;
    QTextStream s(&script);
    s << "# bash completion for episodedesk, written by `episodedesk completion bash`.\n"
      << "_episodedesk()\n{\n"
      << "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      << "    local -a words=(\"${COMP_WORDS[@]}\")\n"
      << walk(all, QStringLiteral("1"), QStringLiteral("COMP_CWORD")) << "    case $prev in\n"
      << "    " << all.fileOptions().join(QLatin1Char('|')) << ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
      << "    " << all.valueOptions().join(QLatin1Char('|')) << ") COMPREPLY=(); return ;;\n"
      << "    esac\n"
      << "    local candidates\n"
      << caseBody(all, QStringLiteral("    "), QStringLiteral("esac"))
      << "    COMPREPLY=($(compgen -W \"$candidates\" -- \"$cur\"))\n"
      << "}\ncomplete -F _episodedesk episodedesk\n";
    s.flush();
    return script;
}

QString zsh(const Completions &all)
{
    QString script;
    QTextStream s(&script);
    s << "#compdef episodedesk\n# zsh completion for episodedesk, written by `episodedesk completion zsh`.\n"
      << "_episodedesk()\n{\n"
      << "    # zsh numbers words from 1; the word being completed is $words[CURRENT].\n"
      << walk(all, QStringLiteral("2"), QStringLiteral("CURRENT")) << "    case ${words[CURRENT-1]} in\n"
      << "    " << all.fileOptions().join(QLatin1Char('|')) << ") _files; return ;;\n"
      << "    " << all.valueOptions().join(QLatin1Char('|')) << ") return 1 ;;\n"
      << "    esac\n"
      << "    local candidates\n"
      << caseBody(all, QStringLiteral("    "), QStringLiteral("esac")) << "    compadd -- ${=candidates}\n"
      << "}\n_episodedesk \"$@\"\n";
    s.flush();
    return script;
}

QString fish(const Completions &all)
{
    QString script;
    QTextStream s(&script);
    const auto quoted = [](const QString &text) {
        return shellQuoted(text);
    };
    s << "# fish completion for episodedesk, written by `episodedesk completion fish`.\n"
      << "complete -c episodedesk -f\n"
      << "complete -c episodedesk -l db -r -F -d " << quoted(translated(globalOptions().front().summary)) << '\n'
      << "complete -c episodedesk -n __fish_use_subcommand -l demo\n"
      << "complete -c episodedesk -n __fish_use_subcommand -l version\n";
    const QString groups = all.groupNames().join(QLatin1Char(' '));
    for (const CommandGroup &group : commandGroups()) {
        const QStringList subs = Completions::subcommands(group);
        const QString summary = translated(group.commands.front().summary);
        s << "complete -c episodedesk -n __fish_use_subcommand -a " << group.name << " -d "
          << quoted(subs.isEmpty() ? summary : subs.join(QStringLiteral(", "))) << '\n';
        for (const CommandEntry &command : group.commands) {
            if (*command.subcommand) {
                s << "complete -c episodedesk -n "
                  << quoted(QStringLiteral("__fish_seen_subcommand_from %1; and not "
                                           "__fish_seen_subcommand_from %2")
                                .arg(QLatin1String(group.name), subs.join(QLatin1Char(' '))))
                  << " -a " << command.subcommand << " -d " << quoted(translated(command.summary)) << '\n';
            }
        }
    }
    for (const CommandHelp &help : all.commands) {
        QString condition = QStringLiteral("__fish_seen_subcommand_from %1").arg(QLatin1String(help.group->name));
        if (*help.command->subcommand) {
            condition +=
                QStringLiteral("; and __fish_seen_subcommand_from %1").arg(QLatin1String(help.command->subcommand));
        }
        for (const CommandHelp::Item &option : help.options) {
            s << "complete -c episodedesk -n " << quoted(condition) << " -l " << option.name.mid(2)
              << (option.value.isEmpty() ? "" : (all.fileOptions().contains(option.name) ? " -r -F" : " -r")) << " -d "
              << quoted(option.description) << '\n';
        }
    }
    s << "complete -c episodedesk -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n"
      << "complete -c episodedesk -n '__fish_seen_subcommand_from help' -a " << quoted(groups) << '\n';
    s.flush();
    return script;
}

} // namespace

std::optional<int> runCompletion(Invocation &invocation)
{
    const QString shell = invocation.word(2);
    if (shell != QLatin1String("bash") && shell != QLatin1String("zsh") && shell != QLatin1String("fish")) {
        return fail(ExitUsage, tr("completion needs a shell: bash, zsh or fish."));
    }
    const Completions all;
    out() << (shell == QLatin1String("bash") ? bash(all) : shell == QLatin1String("zsh") ? zsh(all) : fish(all));
    out().flush();
    return ExitOk;
}

} // namespace EpisodeDesk::App::Commands
