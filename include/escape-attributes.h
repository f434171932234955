/* escape-attributes.h -- the escape plugin's attributes, as macros that
   compile away where the plugin is not loaded.

   Installed into the include directory for programs built with the
   escape GCC plugin (README "Annotations").  Each macro expands to the
   attribute when __has_attribute says the compiler knows it (GCC with
   the plugin loaded; clang knows noescape), and to nothing otherwise,
   so annotated code compiles unchanged without the plugin, with other
   compilers and with -Wall -Wextra -Werror:

     ESCAPE_REQUIRE_STACK  on a function: every allocation site in it
			   must be promoted to the stack, else the build
			   fails with an error at the site;
     ESCAPE_KEEP_HEAP      on a function, or on the local pointer
			   variable that receives an allocation: those
			   sites stay on the heap;
     ESCAPE_NOESCAPE       on a pointer parameter of a function the
			   plugin cannot see into: the function keeps no
			   copy of the pointer beyond the call.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#ifndef ESCAPE_ATTRIBUTES_H
#define ESCAPE_ATTRIBUTES_H

#if defined __has_attribute
# if __has_attribute (escape_require_stack)
#  define ESCAPE_REQUIRE_STACK __attribute__ ((escape_require_stack))
# endif
# if __has_attribute (escape_keep_heap)
#  define ESCAPE_KEEP_HEAP __attribute__ ((escape_keep_heap))
# endif
# if __has_attribute (noescape)
#  define ESCAPE_NOESCAPE __attribute__ ((noescape))
# endif
#endif

#ifndef ESCAPE_REQUIRE_STACK
# define ESCAPE_REQUIRE_STACK
#endif
#ifndef ESCAPE_KEEP_HEAP
# define ESCAPE_KEEP_HEAP
#endif
#ifndef ESCAPE_NOESCAPE
# define ESCAPE_NOESCAPE
#endif

#endif /* ESCAPE_ATTRIBUTES_H */
