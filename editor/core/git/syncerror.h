// Why sharing (clone, fetch, pull, push) failed, told apart so that a caller can offer the
// one next step that helps: a question for the token, Ophalen, a word with the beheerder.
#pragma once

#include "result.h"

#include <QString>

namespace trendweb::git {

enum class SyncError {
    None = 0,              // not a failure of sharing, or not told apart
    Other,                 // unknown: a Dutch sentence, libgit2's text only as a detail
    Cancelled,             // the person pressed Stoppen
    CredentialsMissing,    // the server asks for a user name and token; none was given
    AuthenticationRefused, // the server refused the user name and token (tried once)
    CertificateUntrusted,  // HTTPS: self-signed, unknown issuer, wrong name
    HostKeyUnknown,        // SSH: a server whose key is not known
    Unreachable,           // connection refused, unknown name, no answer
    NotFound,              // no shared edition at this address
    MovedOn,               // push: the shared edition has versions not here (fetch first)
    RefusedByServer,       // push: the server refused it (a hook), with its own words
};

inline SyncError syncError(const Error &error)
{
    return SyncError(error.kind);
}

// A stable name for QML and logs: "authenticationRefused", "movedOn", …; empty for None.
QString syncErrorName(SyncError kind);

} // namespace trendweb::git
