# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Warnings live on an INTERFACE target so they apply to our code only, never to Qt's headers or moc
# output compiled elsewhere (STYLE.md §1).
add_library(episodedesk_warnings INTERFACE)
target_compile_options(episodedesk_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow)
target_compile_definitions(episodedesk_warnings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS_FOR_FOREACH
    QT_NO_FOREACH)

# Applies the project's compile settings to one of our targets.
function(episodedesk_target_defaults target)
    target_link_libraries(${target} PRIVATE episodedesk_warnings)
    set_target_properties(${target} PROPERTIES COMPILE_WARNING_AS_ERROR ON)
endfunction()

# episodedesk_add_test(NAME <name> SOURCES <files...> [LIBS <libs...>] [WIDGETS] [KEYRING] [TIMEOUT <s>]
#                      [LABELS <l...>])
# One Qt Test executable per unit. Non-widget tests link only the models library; WIDGETS tests link
# the ui library and run on the offscreen platform so they need no display. KEYRING tests run inside
# cmake/with-keyring.sh: a private D-Bus session with a real, unlocked, throw-away gnome-keyring.
# LABELS tsan puts the test in the ThreadSanitizer leg: the `tsan` test preset runs exactly the tests
# with that label, and the `tsan-tests` target (the `tsan` build preset) builds exactly them.
function(episodedesk_add_test)
    cmake_parse_arguments(ARG "WIDGETS;KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    episodedesk_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test episodedesk_models ${ARG_LIBS})
    if(ARG_WIDGETS)
        target_link_libraries(${ARG_NAME} PRIVATE episodedesk_ui Qt6::Widgets)
    endif()
    target_compile_definitions(${ARG_NAME} PRIVATE
        EPISODEDESK_TESTDATA="${PROJECT_SOURCE_DIR}/tests/data"
        EPISODEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        EPISODEDESK_APP_BINARY="$<TARGET_FILE:episodedesk>")
    if(ARG_KEYRING)
        add_test(NAME ${ARG_NAME} COMMAND "${PROJECT_SOURCE_DIR}/cmake/with-keyring.sh" $<TARGET_FILE:${ARG_NAME}>)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=episodedesk.*.debug=false")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
    if("tsan" IN_LIST ARG_LABELS)
        add_dependencies(tsan-tests ${ARG_NAME})
    endif()
endfunction()
