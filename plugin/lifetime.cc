/* lifetime.cc -- where a promoted object may live.

   Owns the two questions about placing an object in the frame:

   1. Can one fixed slot hold it?  GCC's points-to analysis has one
      variable per allocation site, standing for every object the site
      ever creates.  If the site can run again before the function
      returns (it lies on a cycle of the control-flow graph: a loop, a
      goto loop, an irreducible region), objects of several executions
      may be live at once, and one slot would make them share storage.
      Until a proof of per-iteration death exists, such sites stay on
      the heap.

   2. Does the function's stack budget allow it?  Each promoted object
      takes its size rounded up to its alignment; the sum must stay
      within max-frame-size, or within max-recursive-frame-size for a
      function that may be part of a recursion (summary.cc).  Sites are
      charged in statement order, so the first ones win.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Return true if the block of SITE's allocation can be reached again
   from itself, that is, if the site lies on a cycle of the CFG.  */

bool
escape_site_in_cycle_p (struct escape_site *site)
{
  basic_block start = gimple_bb (site->call);
  auto_bitmap visited;
  auto_vec<basic_block> worklist;
  edge e;
  edge_iterator ei;

  FOR_EACH_EDGE (e, ei, start->succs)
    worklist.safe_push (e->dest);
  while (!worklist.is_empty ())
    {
      basic_block bb = worklist.pop ();
      if (bb == start)
	return true;
      if (!bitmap_set_bit (visited, bb->index))
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	worklist.safe_push (e->dest);
    }
  return false;
}

/* Charge SITE, a constant-size object that may be promoted, to the stack
   budget of FUN, of which *USED bytes are taken already.  On success add
   its footprint to *USED; otherwise record the BUDGET or
   RECURSIVE_BUDGET verdict.  */

void
escape_check_budget (function *fun, struct escape_site *site,
		     unsigned HOST_WIDE_INT *used)
{
  unsigned HOST_WIDE_INT need = ROUND_UP (site->size, site->align);
  bool recursive = escape_function_recursive_p (fun->decl);
  unsigned HOST_WIDE_INT budget = escape_opts.max_frame_size;
  if (recursive)
    budget = MIN (budget, escape_opts.max_recursive_frame_size);

  if (*used + need <= budget)
    {
      *used += need;
      return;
    }
  escape_set_verdict (site, recursive ? ESCAPE_RECURSIVE_BUDGET
		      : ESCAPE_BUDGET, NULL, NULL_TREE, 0);
  site->verdict.n = need;
  site->verdict.l = *used;
  site->verdict.m = budget;
}
