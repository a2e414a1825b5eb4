// The translation contexts of the core's and the command line's messages. Each is a
// class only so that lupdate files a call such as `GitText::tr("…")` under its context;
// the English (and the Dutch plural forms) live in the .ts files of qml/i18n.
#pragma once

#include <QCoreApplication>

namespace trendweb {

// Editions, files and saving.
struct CoreText
{
    Q_DECLARE_TR_FUNCTIONS(trendweb)
};

// Versions, sharing and merging through Git.
struct GitText
{
    Q_DECLARE_TR_FUNCTIONS(git)
};

struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(review)
};

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(import)
};

// The findings of validation.
struct DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(diagnostics)
};

// The command line `trendweb`.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace trendweb
