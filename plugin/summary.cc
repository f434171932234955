/* summary.cc -- what a function does with memory it is given.

   Owns the summaries of the current function that its callers' calls
   are judged by, computed at the end of the pass on it and kept by
   callee.cc:

   1. "May this function free memory its caller owns?"  IPA modref's
      argument flags say whether a callee captures a pointer, but not
      whether it frees it: free's own flags are "no escape", so a noinline
      release (p) { free (p); } looks as harmless as a reader.  We keep
      our own summary, computed for each function at the end of our pass
      on it (after its own promotions removed frees).  GCC expands
      callees before callers (cgraphunit.cc, expand_all_functions), so a
      callee's summary is usually ready when its callers are analysed; a
      callee without a summary (not yet seen, external, interposable,
      compiled without optimisation, part of a recursion) may free.

   2. "What may this function do to the object passed as parameter I?"
      The escape graph of each pointer parameter (graph.cc, started from
      its default definition) is judged like an allocation's: storing it
      anywhere, converting it to an integer that is not only compared,
      inline asm, or passing it to a call that may capture it makes it
      CAPTURED; freeing or reallocating it, or passing it to a call that
      may, makes it FREED; returning it makes it RETURNED, and callers
      then follow the call's result.  This is more precise
      than modref's flags, which say "may escape" for a parameter that
      is only the source of a memcpy, and than the function-wide "may
      free" fact.  Parameters that are not analysed (more than
      ESCAPE_MAX_PARAMS, or a callee without a summary) fall back to
      modref and the function-wide fact.
      The calls among the parameter's uses are judged by callee.cc, as
      an allocation site's are; the third fact callers are told,
      whether the function reads memory it does not own as data, is
      taint.cc's.

   Under -flive-patching (inline-clone or inline-only-static) any
   function may be replaced at run time by a patched version, and GCC
   then keeps one function's code from depending on another's body: it
   turns off IPA modref, pure-const, reference and the like.  So do we:
   no callee has a summary (a call may capture, free and read anything
   modref's absent flags and the declaration allow; callee.cc), and a
   call to a function of this unit may call back, as one to another
   unit's (recursion.cc).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Return the effects (ESCAPE_EFFECT_*) that FUN may have on the object
   its pointer parameter whose default definition is NAME points to.  */

static int
escape_param_effects (function *fun, tree name)
{
  struct escape_site site;
  memset (&site, 0, sizeof site);
  site.alloc.ptr = name;
  escape_build_graph (fun, &site, false);
  int effects = site.graph.store ? ESCAPE_EFFECT_CAPTURES : 0;
  for (unsigned i = 0; i < site.graph.uses.length (); i++)
    {
      struct escape_use *u = &site.graph.uses[i];
      switch (u->kind)
	{
	case USE_RETURN:
	  effects |= ESCAPE_EFFECT_RETURNS;
	  break;
	case USE_INT_CONV:
	  /* A parameter's alignment is unknown: only null tests.  */
	  if (!escape_int_use_harmless_p (gimple_get_lhs (u->stmt), 1))
	    effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	case USE_PTRDIFF:
	  if (!escape_ptrdiff_within_p (&site, u->stmt))
	    effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	case USE_CALL_ARG:
	  {
	    int call_effects;
	    switch (escape_judge_call_event (as_a <gcall *> (u->stmt),
					     u->argno, &call_effects))
	      {
	      case CALL_EVENT_FREE:
		effects |= ESCAPE_EFFECT_FREES;
		break;
	      case CALL_EVENT_REALLOC:
	      case CALL_EVENT_INTERNAL:
	      case CALL_EVENT_INDIRECT:
		effects |= ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
		break;
	      case CALL_EVENT_LIVE_PATCHING:
	      case CALL_EVENT_DIRECT:
		effects |= call_effects;
		break;
	      }
	    break;
	  }
	default:
	  effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	}
    }
  escape_release_graph (&site);
  return effects;
}

/* Record what FUN may do to the objects its pointer parameters point
   to.  Called before FUN's own promotions are rewritten.  */

void
escape_summarize_params (function *fun)
{
  unsigned HOST_WIDE_INT bits = 0;
  int i = 0;
  for (tree parm = DECL_ARGUMENTS (fun->decl); parm;
       parm = DECL_CHAIN (parm), i++)
    {
      if (i >= ESCAPE_MAX_PARAMS)
	continue;
      int effects = 0;
      tree name = ssa_default_def (fun, parm);
      if (POINTER_TYPE_P (TREE_TYPE (parm)) && name)
	effects = escape_param_effects (fun, name);
      else if (!is_gimple_reg (parm))
	/* The parameter lives in memory (its address is taken, or it is
	   volatile): we do not follow it there.  Only a parameter that is
	   a register without a default definition is really unused.  */
	effects = ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
      else if (!POINTER_TYPE_P (TREE_TYPE (parm)) && name
	       && !INTEGRAL_TYPE_P (TREE_TYPE (parm))
	       && !SCALAR_FLOAT_TYPE_P (TREE_TYPE (parm)))
	effects = ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
      bits |= (unsigned HOST_WIDE_INT) effects << (3 * i);
      if (dump_file && POINTER_TYPE_P (TREE_TYPE (parm)))
	fprintf (dump_file, "Summary: parameter %d of %s:%s%s%s%s.\n", i + 1,
		 escape_decl_name (fun->decl),
		 effects & ESCAPE_EFFECT_CAPTURES ? " may capture" : "",
		 effects & ESCAPE_EFFECT_FREES ? " may free" : "",
		 effects & ESCAPE_EFFECT_RETURNS ? " may return" : "",
		 effects ? "" : " neither captured, freed nor returned");
    }
  /* Parameters past ESCAPE_MAX_PARAMS have no summary bits.  */
  struct escape_data_reads data;
  bool reads_data = escape_function_reads_data_p (fun, &data);
  if (dump_file)
    {
      fprintf (dump_file, "Summary: %s %s memory it does not own as data",
	       escape_decl_name (fun->decl),
	       reads_data ? "may read" : "reads no");
      if (data.elsewhere)
	fprintf (dump_file, ", not only through its parameters");
      for (unsigned k = 0; k < data.count; k++)
	if (data.ranges[k].size < 0)
	  fprintf (dump_file, "%s parameter %d at any offset",
		   k ? "," : ":", data.ranges[k].parm + 1);
	else
	  fprintf (dump_file, "%s parameter %d bytes "
		   HOST_WIDE_INT_PRINT_DEC "-" HOST_WIDE_INT_PRINT_DEC,
		   k ? "," : ":", data.ranges[k].parm + 1,
		   data.ranges[k].offset / BITS_PER_UNIT,
		   (data.ranges[k].offset + data.ranges[k].size
		    + BITS_PER_UNIT - 1) / BITS_PER_UNIT - 1);
      fprintf (dump_file, ".\n");
    }
  escape_record_param_summary (fun->decl, bits, i, &data);
}

/* Return true if the free or realloc call STMT of the current function
   may release memory that the function's caller owns: its argument may
   point to non-local or escaped memory.  */

static bool
escape_frees_nonlocal_p (const gcall *stmt)
{
  tree arg = gimple_call_arg (stmt, 0);
  if (TREE_CODE (arg) != SSA_NAME)
    return !integer_zerop (arg);
  struct ptr_info_def *pi = SSA_NAME_PTR_INFO (arg);
  return pi == NULL || pt_solution_includes_global (&pi->pt, true);
}

/* Record whether FUN, whose pass execution has just finished, may free
   memory its callers own.  */

void
escape_summarize_function (function *fun)
{
  bool may_free = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
	   !gsi_end_p (gsi) && !may_free; gsi_next (&gsi))
	{
	  gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	  if (call == NULL)
	    continue;
	  if (escape_free_call_p (call) || escape_realloc_call_p (call))
	    may_free = escape_frees_nonlocal_p (call);
	  else
	    may_free = escape_callee_may_free_p (call);
	}
      if (may_free)
	break;
    }
  escape_record_free_summary (fun->decl, may_free);
  if (dump_file)
    fprintf (dump_file, "Summary: %s %s free memory its callers own.\n",
	     escape_decl_name (fun->decl), may_free ? "may" : "does not");
}
