# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DOUTPUT=FILE -P capture.cmake -- COMMAND [ARGS...]
# Runs COMMAND and writes what it prints to FILE, for the man page and completions that `episodedesk`
# generates itself (packaging/CMakeLists.txt). FILE is replaced only when the command succeeds, so a
# failed run never leaves a half-written page behind for the install step to pick up.
if(NOT OUTPUT)
    message(FATAL_ERROR "capture.cmake: -DOUTPUT=FILE is required")
endif()
set(command "")
set(seen_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(index RANGE ${last})
    if(seen_separator)
        list(APPEND command "${CMAKE_ARGV${index}}")
    elseif(CMAKE_ARGV${index} STREQUAL "--")
        set(seen_separator TRUE)
    endif()
endforeach()
if(NOT command)
    message(FATAL_ERROR "capture.cmake: no command after --")
endif()
list(JOIN command " " shown)

execute_process(COMMAND ${command}
    OUTPUT_FILE "${OUTPUT}.tmp"
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "`${shown}` failed (${result}), so ${OUTPUT} was not written:\n${errors}")
endif()
file(SIZE "${OUTPUT}.tmp" size)
if(size EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "`${shown}` printed nothing, so ${OUTPUT} was not written")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
