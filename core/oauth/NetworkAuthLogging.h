#pragma once

namespace ipw {

/// Switches off Qt NetworkAuth's own log output (categories "qt.networkauth*", every level), once per process;
/// every other category keeps its rules. Qt 6.4 writes things there that must never reach a log: the whole
/// redirect request URL, authorization code included ("Invalid request: %s", "Invalid URL path %s" in
/// qt.networkauth.replyhandler) and the token endpoint's body when it is not what Qt expects ("Received data is
/// not a JSON object: %s"). core/oauth turns each of those situations into a typed OAuthFailure instead.
void silenceNetworkAuthLogging();

}  // namespace ipw
