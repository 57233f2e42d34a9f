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

# The port of the throw-away PostgreSQL server the `*_postgresql` tests run against (the `postgres` ctest
# fixture, cmake/test-postgres.sh). Each preset sets its own so that the dev, asan, tsan and testing
# trees can run their suites at the same time.
set(EPISODEDESK_TEST_PG_PORT 55432 CACHE STRING "Port of the PostgreSQL server the tests start on 127.0.0.1")

# episodedesk_add_test(NAME <name> SOURCES <files...> [LIBS <libs...>] [WIDGETS] [KEYRING] [TIMEOUT <s>]
#                      [LABELS <l...>] [BACKENDS <sqlite|postgresql>...])
# One Qt Test executable per unit. Non-widget tests link only the models library; WIDGETS tests link
# the ui library and run on the offscreen platform so they need no display. KEYRING tests run inside
# cmake/with-keyring.sh: a private D-Bus session with a real, unlocked, throw-away gnome-keyring.
# LABELS tsan puts the test in the ThreadSanitizer leg: the `tsan` test preset runs exactly the tests
# with that label, and the `tsan-tests` target (the `tsan` build preset) builds exactly them.
# BACKENDS says which databases the executable runs against (default: sqlite). `sqlite` registers the
# test as NAME; `postgresql` registers NAME_postgresql, the same executable with
# EPISODEDESK_TEST_BACKEND=postgresql and EPISODEDESK_TEST_PG_ADMIN set (tests/common/testdatabase.h
# reads them), on the server the `postgres` fixture starts, with the label `postgresql`. The tsan leg
# stays on SQLite: NAME_postgresql never carries the `tsan` label.
function(episodedesk_add_test)
    cmake_parse_arguments(ARG "WIDGETS;KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;BACKENDS" ${ARGN})
    if(NOT ARG_BACKENDS)
        set(ARG_BACKENDS sqlite)
    endif()
    foreach(backend IN LISTS ARG_BACKENDS)
        if(NOT backend MATCHES "^(sqlite|postgresql)$")
            message(FATAL_ERROR "episodedesk_add_test(${ARG_NAME}): unknown backend '${backend}'")
        endif()
    endforeach()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    episodedesk_target_defaults(${ARG_NAME})
    # episodedesk_test_startup (tests/CMakeLists.txt): its object file, linked in whole, installs the
    # translations when the test's QCoreApplication starts.
    target_link_libraries(${ARG_NAME} PRIVATE episodedesk_test_startup Qt6::Test episodedesk_models
        episodedesk_translations ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    if(ARG_WIDGETS)
        target_link_libraries(${ARG_NAME} PRIVATE episodedesk_ui Qt6::Widgets)
    endif()
    target_compile_definitions(${ARG_NAME} PRIVATE
        EPISODEDESK_TESTDATA="${PROJECT_SOURCE_DIR}/tests/data"
        EPISODEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        EPISODEDESK_APP_BINARY="$<TARGET_FILE:episodedesk>")
    if(ARG_KEYRING)
        set(command "${PROJECT_SOURCE_DIR}/cmake/with-keyring.sh" $<TARGET_FILE:${ARG_NAME}>)
    else()
        set(command ${ARG_NAME})
    endif()
    # The tests read English text: a developer's LANGUAGE=de must not translate what they compare.
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "LANGUAGE=" "QT_LOGGING_RULES=episodedesk.*.debug=false")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if("sqlite" IN_LIST ARG_BACKENDS)
        add_test(NAME ${ARG_NAME} COMMAND ${command})
        set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env};EPISODEDESK_TEST_BACKEND=sqlite" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
        if("tsan" IN_LIST ARG_LABELS)
            add_dependencies(tsan-tests ${ARG_NAME})
        endif()
    endif()
    if("postgresql" IN_LIST ARG_BACKENDS)
        set(pg_labels ${ARG_LABELS})
        list(REMOVE_ITEM pg_labels tsan)
        list(APPEND pg_labels postgresql)
        add_test(NAME ${ARG_NAME}_postgresql COMMAND ${command})
        set_tests_properties(${ARG_NAME}_postgresql PROPERTIES
            ENVIRONMENT "${env};EPISODEDESK_TEST_BACKEND=postgresql;EPISODEDESK_TEST_PG_ADMIN=${EPISODEDESK_TEST_PG_ADMIN}"
            TIMEOUT ${ARG_TIMEOUT} LABELS "${pg_labels}" FIXTURES_REQUIRED postgres)
    endif()
endfunction()

# The `postgres` ctest fixture: one throw-away server (cmake/test-postgres.sh) for all the
# `*_postgresql` tests of this build tree, started before the first and stopped after the last. It
# lives in <build>/postgres (the state) and a mktemp directory under /tmp (the data); a run that was
# interrupted is cleaned up by the next postgres_start.
set(EPISODEDESK_TEST_PG_ADMIN "postgresql://postgres@127.0.0.1:${EPISODEDESK_TEST_PG_PORT}/postgres")
function(episodedesk_add_postgres_fixture)
    set(script "${PROJECT_SOURCE_DIR}/cmake/test-postgres.sh")
    set(state "${CMAKE_BINARY_DIR}/postgres")
    add_test(NAME postgres_start COMMAND sh "${script}" start "${state}" ${EPISODEDESK_TEST_PG_PORT})
    add_test(NAME postgres_stop COMMAND sh "${script}" stop "${state}")
    set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgresql TIMEOUT 60)
    set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgresql TIMEOUT 60)
endfunction()
