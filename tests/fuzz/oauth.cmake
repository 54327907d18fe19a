# The pure parsers of core/oauth: the browser's redirect request target, and the token endpoint's answer.
#   build/fuzz/tests/fuzz/fuzz_oauth_redirect -max_total_time=60
#   build/fuzz/tests/fuzz/fuzz_token_response -max_total_time=60
ipw_add_fuzzer(fuzz_oauth_redirect SOURCES ${CMAKE_CURRENT_LIST_DIR}/OAuthRedirectFuzzer.cpp LIBS core_oauth)
ipw_add_fuzzer(fuzz_token_response SOURCES ${CMAKE_CURRENT_LIST_DIR}/TokenResponseFuzzer.cpp LIBS core_oauth)
