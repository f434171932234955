/* callee.cc -- what a call does to a pointer argument.

   Owns the one judge of call events: given a call and the argument
   through which an object's address reaches it, what may the call do
   to the object (escape_judge_call_event)?  The same judgement serves
   an allocation site's uses (solve.cc, which turns it into a verdict)
   and a function's parameters (summary.cc, which turns it into the
   effects callers of that function are told).  The events, in the order
   they are tried:

     free (P)          ends the object's life (for a site, solve.cc
		       range-tests it when P may also be another
		       object);
     realloc (P, N)    may move or free it;
     internal call     an internal function (not modelled);
     indirect call     a call through a pointer: anything;
     direct call       the effects, most precise source first: the
		       string, memory and printf builtins the library
		       model knows (libc.cc), and the source of a
		       trusted string or memory copy (wrappers.cc),
		       which is only read; the callee's parameter
		       summary (summary.cc computed it, this file keeps
		       it); IPA modref's argument flags and the callee's
		       "may free" summary.  A direct call with effects to
		       a function of this unit whose body -flive-patching
		       may replace is its own event.

   Also the questions about a callee that do not depend on the
   argument: may it free memory its caller owns, may it return an
   argument, does it read memory it does not own as data (taint.cc
   computes that fact).  The summaries are kept here, keyed by the
   callee's decl, and recorded by summary.cc at the end of the pass on
   each function: the dependency runs one way, solve.cc, summary.cc
   and taint.cc -> callee.cc -> libc.cc, wrappers.cc.

   Under -flive-patching any function may be replaced at run time, so
   no callee has a summary (see summary.cc).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Function decl -> true if it may free memory it does not own.  */
static hash_map<tree, bool> *escape_free_summaries;

/* The effects (ESCAPE_EFFECT_*) of a function on each of its first
   ESCAPE_MAX_PARAMS parameters, three bits a parameter, and the number of
   its parameters (its DECL_ARGUMENTS are gone once it is expanded).  */
struct escape_param_info
{
  unsigned HOST_WIDE_INT bits;
  int nparms;
  bool reads_data;		/* See escape_function_reads_data_p.  */
  struct escape_data_reads data; /* What it reads as data, where.  */
};

/* Function decl -> its parameter summary.  */
static hash_map<tree, escape_param_info> *escape_param_summaries;

/* Return the EAF flags of argument I of CALL, with the flags that
   ECF_CONST and ECF_PURE imply added back (IPA modref strips them from
   its summaries as redundant).  */

static int
escape_arg_flags (gcall *call, unsigned i)
{
  int flags = gimple_call_arg_flags (call, i);
  int ecf = gimple_call_flags (call);
  if (ecf & (ECF_CONST | ECF_NOVOPS))
    flags |= implicit_const_eaf_flags;
  else if (ecf & ECF_PURE)
    flags |= implicit_pure_eaf_flags;
  return flags;
}

/* Return the decl of the function body that call STMT runs, when that
   body is the one compiled in this unit (not interposable), or NULL;
   live patching may replace it, see escape_callee_body.  */

static tree
escape_callee_body_1 (gcall *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  if (fndecl == NULL_TREE)
    return NULL_TREE;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node == NULL)
    return NULL_TREE;
  enum availability avail;
  node = node->function_symbol (&avail);
  if (node == NULL || avail < AVAIL_AVAILABLE)
    return NULL_TREE;
  return node->decl;
}

/* Return the decl of the function body that call STMT runs, when the
   body compiled in this unit is the one that will run, or NULL: under
   -flive-patching, a patch may replace any body.  */

tree
escape_callee_body (gcall *stmt)
{
  if (flag_live_patching != LIVE_PATCHING_NONE)
    return NULL_TREE;
  return escape_callee_body_1 (stmt);
}

/* Return true if call STMT runs a function of this unit whose body only
   -flive-patching keeps us from looking into.  */

bool
escape_callee_patchable_p (gcall *stmt)
{
  return (flag_live_patching != LIVE_PATCHING_NONE
	  && !gimple_call_internal_p (stmt)
	  && !gimple_call_builtin_p (stmt, BUILT_IN_NORMAL)
	  && escape_callee_body_1 (stmt) != NULL_TREE);
}

/* Return true if call STMT may free memory that its caller owns.  It is
   always safe to return true.  */

bool
escape_callee_may_free_p (gcall *stmt)
{
  if (gimple_call_internal_p (stmt))
    return false;
  if (gimple_call_flags (stmt) & (ECF_CONST | ECF_PURE))
    return false;
  tree fndecl = gimple_call_fndecl (stmt);
  if (fndecl == NULL_TREE)
    return true;
  if (gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return escape_builtin_may_free_p (stmt);
  if (escape_libc_nonfreeing_p (stmt))
    return false;
  tree body = escape_callee_body (stmt);
  if (body == NULL_TREE || escape_free_summaries == NULL)
    return true;
  bool *may_free = escape_free_summaries->get (body);
  return may_free == NULL || *may_free;
}

/* Return the summary of the function call STMT reaches, when the plugin
   has one: a direct call, not to a builtin or internal function, of a
   function of this unit that cannot be replaced.  */

static escape_param_info *
escape_callee_info (gcall *stmt)
{
  if (escape_param_summaries == NULL || gimple_call_internal_p (stmt)
      || gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return NULL;
  tree body = escape_callee_body (stmt);
  if (body == NULL_TREE)
    return NULL;
  return escape_param_summaries->get (body);
}

/* Return in *EFFECTS what call STMT may do to the object passed as its
   argument ARGNO (1-based), from the callee's parameter summary; return
   false when there is none.  */

bool
escape_param_summary (gcall *stmt, int argno, int *effects)
{
  /* Arguments past ESCAPE_MAX_PARAMS fall back to modref.  */
  if (argno > ESCAPE_MAX_PARAMS)
    return false;
  escape_param_info *info = escape_callee_info (stmt);
  /* The argument must be a declared parameter (not a variadic one).  */
  if (info == NULL || argno > info->nparms
      || gimple_call_num_args (stmt) != (unsigned) info->nparms)
    return false;
  *effects = (info->bits >> (3 * (argno - 1))) & 7;
  return true;
}

/* Return true if call STMT may read memory it does not own as data:
   anything but pointers (which points-to analysis follows), from the
   callee's summary; true when there is none.  */

bool
escape_callee_reads_data_p (gcall *stmt)
{
  escape_param_info *info = escape_callee_info (stmt);
  return info == NULL || info->reads_data;
}

/* Return where call STMT may read memory it does not own as data (the
   byte ranges through each pointer parameter, and whether it reads any
   elsewhere), from the callee's summary, or NULL when there is none or
   the call does not pass exactly the callee's declared parameters.  */

const struct escape_data_reads *
escape_callee_data_reads (gcall *stmt)
{
  escape_param_info *info = escape_callee_info (stmt);
  if (info == NULL || gimple_call_num_args (stmt) != (unsigned) info->nparms)
    return NULL;
  return &info->data;
}

/* Return true if call STMT may return its argument ARGNO (1-based), or a
   pointer derived from it, as its value.  */

bool
escape_call_may_return_arg (gcall *stmt, int argno)
{
  if (gimple_call_internal_p (stmt))
    return true;
  int effects;
  if (escape_param_summary (stmt, argno, &effects))
    return (effects & ESCAPE_EFFECT_RETURNS) != 0;
  /* A noescape parameter leaves no reference behind, not even in the
     result (annotate.cc).  */
  if (escape_noescape_arg_p (stmt, argno))
    return false;
  /* A trusted copy returns new memory (wrappers.cc).  */
  if (escape_wrapper_source_arg_p (stmt, argno))
    return false;
  return !(gimple_call_arg_flags (stmt, argno - 1) & EAF_NOT_RETURNED_DIRECTLY);
}

/* Return what the direct call CALL (not free, realloc, internal or
   indirect) may do to the object passed as its argument ARGNO (1-based):
   a mask of ESCAPE_EFFECT_CAPTURES and ESCAPE_EFFECT_FREES.  The sources,
   most precise first: the string, memory and printf builtins we know,
   and the source of a trusted string or memory copy (wrappers.cc);
   the callee's parameter summary (summary.cc); a parameter the user
   declared noescape (annotate.cc: neither kept nor freed); IPA modref's
   argument flags and the callee's "may free" summary.  */

int
escape_call_arg_effects (gcall *call, int argno)
{
  if (escape_safe_builtin_p (call) || escape_safe_printf_arg_p (call, argno)
      || escape_wrapper_source_arg_p (call, argno))
    return 0;
  int effects;
  if (escape_param_summary (call, argno, &effects))
    return effects & (ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES);
  /* The user's promise, for a callee the plugin cannot see into.  */
  if (escape_noescape_arg_p (call, argno))
    return 0;
  effects = 0;
  int flags = escape_arg_flags (call, argno - 1);
  if (!(flags & (EAF_NO_DIRECT_ESCAPE | EAF_UNUSED)))
    effects |= ESCAPE_EFFECT_CAPTURES;
  if (escape_callee_may_free_p (call))
    effects |= ESCAPE_EFFECT_FREES;
  return effects;
}

/* Judge what CALL may do to the object whose address it receives as
   its argument ARGNO (1-based): the event (see the file comment).  For
   CALL_EVENT_DIRECT and CALL_EVENT_LIVE_PATCHING, set *EFFECTS to a
   mask of ESCAPE_EFFECT_CAPTURES and ESCAPE_EFFECT_FREES.  */

enum escape_call_event
escape_judge_call_event (gcall *call, int argno, int *effects)
{
  *effects = 0;
  if (escape_free_call_p (call))
    return CALL_EVENT_FREE;
  if (escape_realloc_call_p (call))
    return CALL_EVENT_REALLOC;
  if (gimple_call_internal_p (call))
    return CALL_EVENT_INTERNAL;
  if (gimple_call_fndecl (call) == NULL_TREE)
    return CALL_EVENT_INDIRECT;
  *effects = escape_call_arg_effects (call, argno);
  if (*effects && escape_callee_patchable_p (call))
    return CALL_EVENT_LIVE_PATCHING;
  return CALL_EVENT_DIRECT;
}

/* Record that function FNDECL may free memory its callers own when
   MAY_FREE (summary.cc).  */

void
escape_record_free_summary (tree fndecl, bool may_free)
{
  if (escape_free_summaries == NULL)
    escape_free_summaries = new hash_map<tree, bool>;
  escape_free_summaries->put (fndecl, may_free);
}

/* Record the parameter summary of function FNDECL (summary.cc): BITS,
   the effects on each of its first ESCAPE_MAX_PARAMS parameters, three
   bits a parameter; NPARMS, its number of parameters; DATA, where it
   may read memory it does not own as data (taint.cc).  */

void
escape_record_param_summary (tree fndecl, unsigned HOST_WIDE_INT bits,
			     int nparms, const struct escape_data_reads *data)
{
  if (escape_param_summaries == NULL)
    escape_param_summaries = new hash_map<tree, escape_param_info>;
  escape_param_info info;
  info.bits = bits;
  info.nparms = nparms;
  info.reads_data = data->elsewhere || data->count > 0;
  info.data = *data;
  escape_param_summaries->put (fndecl, info);
}

/* Release the summaries at the end of the compilation.  */

void
escape_release_summaries (void)
{
  delete escape_free_summaries;
  escape_free_summaries = NULL;
  delete escape_param_summaries;
  escape_param_summaries = NULL;
}
