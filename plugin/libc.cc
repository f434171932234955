/* libc.cc -- the model of the C library.

   Owns what the plugin assumes about C library functions and GCC's
   builtins: which read, write, keep or free what they are given, which
   return an argument, which may run code of the program (callbacks,
   printf conversions, signal handlers, a fopencookie stream's
   functions), which arguments of a printf-like builtin are the
   destination and the format, and which are _FORTIFY_SOURCE twins of
   others.  The facts are one table, include/escape-libc.def; the
   functions here answer the questions the other files ask from it.
   Only GCC's builtins and declarations from system headers are
   trusted: with -fno-builtin, memcpy is an ordinary external function.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* What a library function does (escape-libc.def explains each).  */
enum escape_libc_effect
{
  LIBC_READS = 1 << 0,
  LIBC_WRITES = 1 << 1,
  LIBC_RETURNS = 1 << 2,
  LIBC_KEEPS = 1 << 3,
  LIBC_FREES = 1 << 4,
  LIBC_ALLOCATES = 1 << 5,
  LIBC_CALLS_PROGRAM = 1 << 6,
  LIBC_STREAM_CODE = 1 << 7,
  LIBC_NO_DATA_READ = 1 << 8
};

/* One builtin of the table.  */
struct escape_libc_builtin
{
  enum built_in_function code;
  int effects;
  int dest;			/* printf destination argument, or 0.  */
  int format;			/* printf format argument, or 0.  */
  enum built_in_function twin;	/* What a _FORTIFY_SOURCE twin checks
				   for, or END_BUILTINS.  */
};

/* One function or name prefix of the table.  */
struct escape_libc_name
{
  const char *name;
  int effects;
};

static const struct escape_libc_builtin escape_libc_builtins[] = {
#define DEF_LIBC_BUILTIN(CODE, EFFECTS, DEST, FORMAT, TWIN) \
  { CODE, EFFECTS, DEST, FORMAT, TWIN },
#define DEF_LIBC_FUNCTION(NAME, EFFECTS)
#define DEF_LIBC_PREFIX(PREFIX, EFFECTS)
#include "escape-libc.def"
#undef DEF_LIBC_BUILTIN
#undef DEF_LIBC_FUNCTION
#undef DEF_LIBC_PREFIX
};

static const struct escape_libc_name escape_libc_functions[] = {
#define DEF_LIBC_BUILTIN(CODE, EFFECTS, DEST, FORMAT, TWIN)
#define DEF_LIBC_FUNCTION(NAME, EFFECTS) { NAME, EFFECTS },
#define DEF_LIBC_PREFIX(PREFIX, EFFECTS)
#include "escape-libc.def"
#undef DEF_LIBC_BUILTIN
#undef DEF_LIBC_FUNCTION
#undef DEF_LIBC_PREFIX
};

static const struct escape_libc_name escape_libc_prefixes[] = {
#define DEF_LIBC_BUILTIN(CODE, EFFECTS, DEST, FORMAT, TWIN)
#define DEF_LIBC_FUNCTION(NAME, EFFECTS)
#define DEF_LIBC_PREFIX(PREFIX, EFFECTS) { PREFIX, EFFECTS },
#include "escape-libc.def"
#undef DEF_LIBC_BUILTIN
#undef DEF_LIBC_FUNCTION
#undef DEF_LIBC_PREFIX
};

/* Return the table's entry for the builtin STMT calls, or NULL when STMT
   is not a call to a normal builtin or the builtin is not listed.  */

static const struct escape_libc_builtin *
escape_libc_builtin_entry (const gimple *stmt)
{
  if (!gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return NULL;
  enum built_in_function code
    = DECL_FUNCTION_CODE (gimple_call_fndecl (stmt));
  for (size_t i = 0; i < ARRAY_SIZE (escape_libc_builtins); i++)
    if (escape_libc_builtins[i].code == code)
      return &escape_libc_builtins[i];
  return NULL;
}

/* Return true if STMT is a call to a builtin that only reads or writes
   through its pointer arguments, never keeps them and never frees: the
   string and memory functions GCC expands or folds itself, the queries
   about a pointer, and their _FORTIFY_SOURCE twins.  */

bool
escape_safe_builtin_p (const gimple *stmt)
{
  const struct escape_libc_builtin *e = escape_libc_builtin_entry (stmt);
  return (e != NULL
	  && !(e->effects & (LIBC_KEEPS | LIBC_FREES | LIBC_ALLOCATES
			     | LIBC_CALLS_PROGRAM | LIBC_STREAM_CODE))
	  && e->dest == 0 && e->format == 0);
}

/* Return true if passing an object as argument ARGNO (1-based) of the
   string-formatting builtin call STMT cannot capture its address: it is
   the destination buffer of sprintf or snprintf (or of a twin), or the
   format string.  The converted arguments are not trusted
   (escape-libc.def).  */

bool
escape_safe_printf_arg_p (const gcall *stmt, int argno)
{
  const struct escape_libc_builtin *e = escape_libc_builtin_entry (stmt);
  return (e != NULL && argno > 0
	  && (argno == e->dest || argno == e->format));
}

/* Return true if builtin call STMT may free or resize memory, or run
   code that may (the OpenMP and TM runtime entry points take function
   pointers).  */

bool
escape_builtin_may_free_p (const gcall *stmt)
{
  const struct escape_libc_builtin *e = escape_libc_builtin_entry (stmt);
  if (e != NULL && (e->effects & LIBC_FREES))
    return true;
  tree decl = gimple_call_fndecl (stmt);
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  for (size_t i = 0; i < ARRAY_SIZE (escape_libc_prefixes); i++)
    if ((escape_libc_prefixes[i].effects & LIBC_CALLS_PROGRAM)
	&& startswith (name, escape_libc_prefixes[i].name))
      return true;
  return false;
}

/* Return true if builtin or internal call STMT reads no memory as data
   (escape_function_reads_data_p, taint.cc).  */

bool
escape_libc_reads_no_data_p (const gcall *stmt)
{
  const struct escape_libc_builtin *e = escape_libc_builtin_entry (stmt);
  return e != NULL && (e->effects & LIBC_NO_DATA_READ) != 0;
}

/* Return true if STMT calls a builtin, which may write what it reads
   through any pointer argument through every other one and into its
   result (taint.cc's fixpoint).  Every builtin is taken to do
   so, listed in the table or not.  */

bool
escape_libc_builtin_copies_p (const gimple *stmt)
{
  return gimple_call_builtin_p (stmt, BUILT_IN_NORMAL);
}

/* Return true if the integer result of call STMT, which may return one
   of its pointer arguments, is no address (graph.cc): GCC's builtins
   return a pointer, if any, and their integer results are lengths,
   counts and comparisons.  */

bool
escape_libc_int_result_harmless_p (const gimple *stmt)
{
  return gimple_call_builtin_p (stmt, BUILT_IN_NORMAL);
}

/* Return the table's entry for a function named NAME, with a leading
   '*' (a name given with asm) taken away, and when TWINS also the "__"
   and "_chk" of a _FORTIFY_SOURCE twin ("__read_chk"); NULL if there is
   none.  */

static const struct escape_libc_name *
escape_libc_lookup (const char *name, bool twins)
{
  if (name[0] == '*')
    name++;
  size_t len = strlen (name);
  if (twins && startswith (name, "__") && len > 6
      && strcmp (name + len - 4, "_chk") == 0)
    {
      name += 2;
      len -= 6;
    }
  for (size_t i = 0; i < ARRAY_SIZE (escape_libc_functions); i++)
    if (strlen (escape_libc_functions[i].name) == len
	&& strncmp (name, escape_libc_functions[i].name, len) == 0)
      return &escape_libc_functions[i];
  return NULL;
}

/* Return true if NAME (or the function a _FORTIFY_SOURCE twin of that
   name checks for) is a function of the table that never frees memory
   it is given nor hands it to code of the program.  */

static bool
escape_libc_nonfreeing_name_p (const char *name)
{
  const struct escape_libc_name *e = escape_libc_lookup (name, true);
  return (e != NULL
	  && !(e->effects & (LIBC_FREES | LIBC_CALLS_PROGRAM)));
}

/* Return true if the call STMT is to a C library function, declared in a
   system header, that never frees memory it is given and hands it to no
   code of the program.  Some (stdio on a fopencookie stream) may run
   program code, but not with the call's arguments (escape-libc.def,
   LIBC_STREAM_CODE).  The function is known by its name or by the
   symbol it calls: glibc's fortified headers call "read" through
   "__read_alias", declared with asm ("read"), or call "__read_chk",
   which does what "read" does after a check of the buffer's size.  */

bool
escape_libc_nonfreeing_p (const gcall *stmt)
{
  tree decl = gimple_call_fndecl (stmt);
  if (decl == NULL_TREE || !DECL_NAME (decl) || !DECL_EXTERNAL (decl)
      || !DECL_IN_SYSTEM_HEADER (decl))
    return false;
  return (escape_libc_nonfreeing_name_p (IDENTIFIER_POINTER
					  (DECL_NAME (decl)))
	  || escape_libc_nonfreeing_name_p (IDENTIFIER_POINTER
					    (DECL_ASSEMBLER_NAME (decl))));
}

/* Return true if DECL is a function that may run a signal handler of the
   program (escape-libc.def), by its source name or its assembler name
   (glibc redirects some, e.g. sigpause).  */

bool
escape_signal_runner_p (tree decl)
{
  tree name = DECL_NAME (decl);
  tree asm_name = (DECL_ASSEMBLER_NAME_SET_P (decl)
		   ? DECL_ASSEMBLER_NAME (decl) : NULL_TREE);
  const struct escape_libc_name *e = NULL;
  if (name)
    e = escape_libc_lookup (IDENTIFIER_POINTER (name), false);
  if ((e == NULL || !(e->effects & LIBC_CALLS_PROGRAM)) && asm_name)
    e = escape_libc_lookup (IDENTIFIER_POINTER (asm_name), false);
  return e != NULL && (e->effects & LIBC_CALLS_PROGRAM) != 0;
}
