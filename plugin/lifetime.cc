/* lifetime.cc -- where a promoted object may live.

   Owns the questions about placing an object in the frame:

   1. Can one fixed slot hold the objects of every execution of the
      site?  GCC's points-to analysis has one variable per allocation
      site, standing for every object the site creates.  A site outside
      every cycle of the control-flow graph runs once per call.  A site
      on a cycle (a loop, a goto loop, an irreducible region) may run
      again while an earlier object is still in use, and one slot would
      then make two live objects share storage.  We prove that this
      cannot happen:
	- the address is never stored into memory (graph.cc), so only
	  the SSA names of the escape graph can hold it; and
	- none of those names, other than the allocation's own result,
	  is live just before the site: no path from the site leads to a
	  use of such a name without passing its definition.  SSA gives
	  each name one definition, so a value can only survive into the
	  next execution of the site through a name that is live there,
	  like the "prev" of a list built in a loop.
      Then every earlier object is dead (unreachable) when the site runs
      again, and the slot may be reused.  The slot gets no clobber that
      could end its life inside the cycle (rewrite.cc): GCC 12 would
      otherwise let another variable share its storage (PR 90348).

   2. How big is the slot?  A constant size gets exactly that
      (SLOT_FIXED).  A size known only at run time gets the largest
      value its range can take, when GCC's ranger bounds it within
      max-object-size (SLOT_BOUNDED, e.g. "n & 63"), or else a slot of
      max-guarded-size bytes used only when the size fits at run time,
      the allocator being called as before otherwise (SLOT_GUARDED).
      Either way the frame never grows at run time, in loops included:
      there is no alloca.

   3. Does the function's stack budget allow it?  Each slot takes its
      size rounded up to its alignment; the sum must stay within
      max-frame-size, or max-recursive-frame-size for a function that
      may be part of a recursion, and what the call chains through the
      function leave it of max-chain-size (both from recursion.cc); within
      the stack-clash guard size when -fstack-clash-protection is off
      (harden.cc); and, when the user set a frame limit with
      -Wframe-larger-than= or -Wstack-usage= (the Linux kernel builds
      with -Werror=frame-larger-than=), within what GCC's estimate of
      the frame without promotions and a reserve for what that estimate
      misses leave of it.  Sites are charged in statement order, so the
      first ones win.

   4. Frame storage.  A malloc, calloc, strdup, strndup or
      aligned_alloc (of at most 16-byte alignment) on a cycle whose
      objects of several executions may be live at once (item 1 fails)
      may instead get SLOT_BUMP: what is left of max-guarded-size bytes
      of the budget, at least two objects' worth, from which the
      rewrite (rewrite.cc) hands out successive 16-byte aligned pieces
      (zeroed for calloc, holding the string for strdup), and the
      allocator after that.  The storage's size is fixed, so the frame
      never grows per iteration; the call-chain bound (summary.cc)
      counts it for every site on a cycle that may get it.  When the
      site is a malloc of a constant size and GCC's loop bounds show that
      it runs at most R times in a call (escape_bound_runs, before the
      solver), and R pieces fit, the storage is just R pieces and needs
      no room test (bump_all).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"
#include "gimple-range.h"
#include "tree-scalar-evolution.h"
#include "tree-ssa-loop-niter.h"

/* Return true if START can be reached again from itself, that is, if
   it lies on a cycle of the CFG.  Not GCC's loop tree (bb_loop_depth,
   BB_IRREDUCIBLE_LOOP): where this pass runs, the loop tree may need a
   fixup and the irreducible regions are not marked
   (loop_optimizer_finalize clears LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS),
   and computing them would change the IL's flags for the passes after
   us; this walk reads the CFG as it is.  */

bool
escape_block_in_cycle_p (basic_block start)
{
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

/* Return true if the block of SITE's allocation can be reached again
   from itself, that is, if the site lies on a cycle of the CFG.  */

bool
escape_site_in_cycle_p (struct escape_site *site)
{
  return escape_block_in_cycle_p (gimple_bb (site->alloc.call));
}

/* Scan the statements of BB from GSI on for NAME, defined by DEF: set
   *USE to the first (non-debug) use found before DEF and return true;
   return false, setting *KILLED, when DEF comes first.  */

static bool
escape_scan_for_use (gimple_stmt_iterator gsi, tree name, gimple *def,
		     gimple **use, bool *killed)
{
  for (; !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (stmt == def)
	{
	  *killed = true;
	  return false;
	}
      if (is_gimple_debug (stmt))
	continue;
      ssa_op_iter iter;
      tree op;
      FOR_EACH_SSA_TREE_OPERAND (op, stmt, iter, SSA_OP_USE)
	if (op == name)
	  {
	    *use = stmt;
	    return true;
	  }
    }
  return false;
}

/* Return true if NAME is used as a PHI argument on edge E; set *USE.  */

static bool
escape_phi_use_on_edge_p (edge e, tree name, gimple **use)
{
  for (gphi_iterator gpi = gsi_start_phis (e->dest); !gsi_end_p (gpi);
       gsi_next (&gpi))
    if (PHI_ARG_DEF_FROM_EDGE (gpi.phi (), e) == name)
      {
	*use = gpi.phi ();
	return true;
      }
  return false;
}

/* Return true if SSA name NAME is live right after statement POINT: some
   path from POINT reaches a use of NAME without passing NAME's
   definition.  Set *USE to that use.  */

static bool
escape_live_after_p (gimple *point, tree name, gimple **use)
{
  gimple *def = SSA_NAME_DEF_STMT (name);
  auto_bitmap visited;
  auto_vec<basic_block> worklist;
  edge e;
  edge_iterator ei;
  bool killed = false;

  basic_block start = gimple_bb (point);
  gimple_stmt_iterator gsi = gsi_for_stmt (point);
  gsi_next (&gsi);
  if (escape_scan_for_use (gsi, name, def, use, &killed))
    return true;
  if (!killed)
    FOR_EACH_EDGE (e, ei, start->succs)
      {
	if (escape_phi_use_on_edge_p (e, name, use))
	  return true;
	worklist.safe_push (e->dest);
      }

  while (!worklist.is_empty ())
    {
      basic_block bb = worklist.pop ();
      if (!bitmap_set_bit (visited, bb->index))
	continue;
      /* A PHI defining NAME kills it on entry.  */
      if (gimple_code (def) == GIMPLE_PHI && gimple_bb (def) == bb)
	continue;
      killed = false;
      if (escape_scan_for_use (gsi_start_bb (bb), name, def, use, &killed))
	return true;
      if (killed)
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	{
	  if (escape_phi_use_on_edge_p (e, name, use))
	    return true;
	  worklist.safe_push (e->dest);
	}
    }
  return false;
}

/* SITE lies on a cycle of the CFG.  Return true if one slot may still
   hold the objects of all its executions (see the file comment);
   otherwise record the LOOP_STORED or LOOP_CARRIED verdict.  */

bool
escape_loop_slot_ok_p (struct escape_site *site)
{
  if (site->graph.store)
    {
      escape_set_verdict (site, ESCAPE_LOOP_STORED, site->graph.store,
			  NULL_TREE, 0);
      return false;
    }
  bitmap_iterator bi;
  unsigned v;
  EXECUTE_IF_SET_IN_BITMAP (site->graph.derived, 0, v, bi)
    {
      tree name = ssa_name (v);
      gimple *use = NULL;
      if (name == site->alloc.ptr
	  || !escape_live_after_p (site->alloc.call, name, &use))
	continue;
      escape_set_verdict (site, ESCAPE_LOOP_CARRIED, use, NULL_TREE, 0);
      return false;
    }
  return true;
}

/* Return the bytes a slot of SIZE bytes aligned to ALIGN may take of
   the frame: SIZE rounded up to ALIGN, and, when ALIGN exceeds what
   the stack pointer is aligned to on entry, the padding GCC may need
   to realign the frame for it ("and $-ALIGN, %rsp").  */

unsigned HOST_WIDE_INT
escape_slot_footprint (unsigned HOST_WIDE_INT size,
		       unsigned HOST_WIDE_INT align)
{
  unsigned HOST_WIDE_INT stack_align
    = MIN (INCOMING_STACK_BOUNDARY, PREFERRED_STACK_BOUNDARY) / BITS_PER_UNIT;
  return (ROUND_UP (size, align)
	  + (align > stack_align ? align - stack_align : 0));
}

/* The bytes of a frame that escape_frame_locals does not see (spill
   slots, saved registers, outgoing arguments, the canary, padding),
   given the LIMIT the frame must stay within: half of it, at least
   1024 (a function with 130 live longs spills about 1 KiB).  It is an
   estimate: GCC knows the frame only after register allocation, too
   late to undo a promotion.  */

static unsigned HOST_WIDE_INT
escape_frame_reserve (unsigned HOST_WIDE_INT limit)
{
  return MAX (limit / 2, (unsigned HOST_WIDE_INT) 1024);
}

/* The bytes of a frame without probes that escape_frame_locals does
   not see under the stack-clash guard: saved registers, the return
   address, the canary, padding.  */
#define ESCAPE_CLASH_RESERVE 512

/* Return the frame size the user declared a limit for, with
   -Wframe-larger-than=N or -Wstack-usage=N (the smaller), or 0 when
   there is none.  */

static unsigned HOST_WIDE_INT
escape_frame_limit (void)
{
  unsigned HOST_WIDE_INT limit = 0;
  if (warn_frame_larger_than_size >= 0
      && warn_frame_larger_than_size < HOST_WIDE_INT_MAX)
    limit = warn_frame_larger_than_size;
  if (warn_stack_usage >= 0 && warn_stack_usage < HOST_WIDE_INT_MAX
      && (limit == 0 || (unsigned HOST_WIDE_INT) warn_stack_usage < limit))
    limit = warn_stack_usage;
  return limit;
}

/* Return GCC's estimate of the frame of FUN without promotions, the
   local variables that live in memory (cfgexpand.cc, as the inliner
   uses it).  Computed once per function, before its slots are
   created.  */

static unsigned HOST_WIDE_INT
escape_frame_locals (function *fun)
{
  static tree cached_fn;
  static unsigned HOST_WIDE_INT cached;
  if (cached_fn != fun->decl)
    {
      cgraph_node *node = cgraph_node::get (fun->decl);
      HOST_WIDE_INT est = node ? estimated_stack_frame_size (node) : 0;
      cached = MAX (est, 0);
      cached_fn = fun->decl;
    }
  return cached;
}

/* Return what FUN's frame uses of LIMIT before promotion, by estimate:
   its locals and escape_frame_reserve of LIMIT.  */

static unsigned HOST_WIDE_INT
escape_frame_estimate (function *fun, unsigned HOST_WIDE_INT limit)
{
  return escape_frame_locals (fun) + escape_frame_reserve (limit);
}

/* Return what FUN's frame uses of the stack-clash GUARD before
   promotion, by estimate: its locals and ESCAPE_CLASH_RESERVE.  */

static unsigned HOST_WIDE_INT
escape_clash_estimate (function *fun)
{
  return escape_frame_locals (fun) + ESCAPE_CLASH_RESERVE;
}

/* A function's stack budget: BYTES promotion may take, KIND the
   verdict when a site does not fit, and for the verdict's numbers CAP,
   the bound, of which ESTIMATE bytes are taken before promotion.  */

struct escape_budget_info
{
  unsigned HOST_WIDE_INT bytes;
  enum escape_reason kind;
  unsigned HOST_WIDE_INT cap, estimate;
};

/* Lower budget B to what ESTIMATE bytes leave of CAP, if that is less,
   with verdict KIND.  */

static void
escape_lower_budget (struct escape_budget_info *b, unsigned HOST_WIDE_INT cap,
		     unsigned HOST_WIDE_INT estimate, enum escape_reason kind)
{
  unsigned HOST_WIDE_INT room = cap > estimate ? cap - estimate : 0;
  if (room < b->bytes)
    {
      b->bytes = room;
      b->kind = kind;
      b->cap = cap;
      b->estimate = estimate;
    }
}

/* Return the budget of FUN, and what bounds it:
   max-frame-size (ESCAPE_BUDGET), max-recursive-frame-size for a
   function that may be recursive (ESCAPE_RECURSIVE_BUDGET), what the
   call chains through FUN (recursion.cc) leave it of max-chain-size
   (ESCAPE_CHAIN_BUDGET), what the function's estimated frame leaves of
   the stack-clash guard when -fstack-clash-protection is off
   (ESCAPE_STACK_CLASH, harden.cc: a frame no larger than the guard
   cannot jump over it), or the frame limit the user declared
   (ESCAPE_FRAME_LIMIT): a function whose
   frame fits -Wframe-larger-than=N or -Wstack-usage=N without the
   plugin must fit with it, so promotions may only take what GCC's
   estimate of the frame, plus a reserve for what it does not see,
   leaves of N.  */

static struct escape_budget_info
escape_budget (function *fun)
{
  struct escape_budget_info b;
  b.bytes = escape_opts.max_frame_size;
  b.kind = ESCAPE_BUDGET;
  if (escape_function_recursive_p (fun->decl))
    {
      b.kind = ESCAPE_RECURSIVE_BUDGET;
      b.bytes = MIN (b.bytes, escape_opts.max_recursive_frame_size);
    }
  b.cap = b.bytes;
  b.estimate = 0;
  escape_lower_budget (&b, escape_chain_room (fun->decl), 0,
		       ESCAPE_CHAIN_BUDGET);
  unsigned HOST_WIDE_INT guard;
  if (escape_clash_limit (&guard))
    escape_lower_budget (&b, guard, escape_clash_estimate (fun),
			 ESCAPE_STACK_CLASH);
  unsigned HOST_WIDE_INT limit = escape_frame_limit ();
  if (limit)
    escape_lower_budget (&b, limit, escape_frame_estimate (fun, limit),
			 ESCAPE_FRAME_LIMIT);
  return b;
}

/* Record in SITE that NEED bytes did not fit the budget of FUN, of which
   USED bytes are taken.  */

static void
escape_budget_verdict (function *fun, struct escape_site *site,
		       unsigned HOST_WIDE_INT need,
		       unsigned HOST_WIDE_INT used)
{
  struct escape_budget_info b = escape_budget (fun);
  escape_set_verdict (site, b.kind, NULL, NULL_TREE, 0);
  site->verdict.need = need;
  site->verdict.limit = b.cap;
  site->verdict.used = used + b.estimate;
}

/* Charge SITE's slot, of SITE->place.size bytes, to the stack budget of
   FUN, of which *USED bytes are taken already.  On success add its
   footprint to *USED and return true; otherwise record the BUDGET or
   RECURSIVE_BUDGET verdict.  */

bool
escape_check_budget (function *fun, struct escape_site *site,
		     unsigned HOST_WIDE_INT *used)
{
  /* The size and alignment are checked before a slot is sized.  */
  escape_checking_assert (escape_align_known_p (&site->alloc)
			  && pow2p_hwi (site->alloc.align)
			  && site->place.size > 0);
  unsigned HOST_WIDE_INT need = escape_slot_footprint (site->place.size,
						       site->alloc.align);
  if (*used + need <= escape_budget (fun).bytes)
    {
      *used += need;
      return true;
    }
  escape_budget_verdict (fun, site, need, *used);
  return false;
}

/* Return in *MAX the largest value the integer EXPR can have at STMT
   according to RANGER; return false if it is unbounded.  */

static bool
escape_upper_bound (gimple_ranger *ranger, tree expr, gimple *stmt,
		    unsigned HOST_WIDE_INT *max)
{
  if (TREE_CODE (expr) == INTEGER_CST)
    {
      if (!tree_fits_uhwi_p (expr))
	return false;
      *max = tree_to_uhwi (expr);
      return true;
    }
  int_range_max r;
  if (!ranger->range_of_expr (r, expr, stmt)
      || r.undefined_p () || r.varying_p ())
    return false;
  wide_int ub = r.upper_bound ();
  if (!wi::fits_uhwi_p (ub))
    return false;
  *max = ub.to_uhwi ();
  return *max != tree_to_uhwi (TYPE_MAX_VALUE (TREE_TYPE (expr)));
}

/* Return in *MAX the largest size SITE's object can have according to
   RANGER (calloc: the count times the element size; memdup0: the
   bytes copied plus one); return false if it is unbounded.  */

static bool
escape_size_bound (struct escape_site *site, gimple_ranger *ranger,
		   unsigned HOST_WIDE_INT *max)
{
  unsigned HOST_WIDE_INT cnt;
  if (!ranger || !site->alloc.size_arg
      || !escape_upper_bound (ranger, site->alloc.size_arg, site->alloc.call,
			      max))
    return false;
  if (site->alloc.count_arg
      && (!escape_upper_bound (ranger, site->alloc.count_arg,
			       site->alloc.call, &cnt)
	  || __builtin_mul_overflow (*max, cnt, max)))
    return false;
  /* The bound is below the type's maximum (escape_upper_bound).  */
  if (site->alloc.kind == ALLOC_MEMDUP0)
    ++*max;
  return true;
}

/* Choose the slot of SITE, whose size is known only at run time (or is
   a constant one of a memory copy that keeps its guard,
   escape_alloc_needs_guard_p), in FUN: SLOT_BOUNDED when RANGER bounds
   the size within max-object-size, else SLOT_GUARDED with what is left
   of max-guarded-size (or the constant size) after the budget *USED.
   Charge the slot to *USED.  Return false after recording the
   verdict.  */

bool
escape_place_variable (function *fun, struct escape_site *site,
		       gimple_ranger *ranger, unsigned HOST_WIDE_INT *used)
{
  escape_checking_assert ((!site->alloc.size_known
			   || escape_alloc_needs_guard_p (&site->alloc))
			  && escape_align_known_p (&site->alloc)
			  && pow2p_hwi (site->alloc.align));
  unsigned HOST_WIDE_INT max;
  /* A guard a memory copy needs (a null source, memdupz's count beyond
     its size) stays.  */
  if (!escape_alloc_needs_guard_p (&site->alloc)
      && escape_size_bound (site, ranger, &max)
      && max > 0
      && max <= escape_opts.max_object_size
      /* A zero size must still give NULL (GLib): only the guard can
	 send it to the allocator.  */
      && !site->alloc.zero_null)
    {
      site->place.kind = SLOT_BOUNDED;
      site->place.size = max;
      return escape_check_budget (fun, site, used);
    }

  unsigned HOST_WIDE_INT want = MIN (escape_opts.max_guarded_size,
				     escape_opts.max_object_size);
  if (want == 0)
    {
      escape_set_verdict (site, ESCAPE_VARIABLE_SIZE, NULL, NULL_TREE, 0);
      return false;
    }
  /* A constant size that keeps its guard: a slot of that size.  */
  if (site->alloc.size_known)
    want = MIN (want, site->alloc.size);
  unsigned HOST_WIDE_INT budget = escape_budget (fun).bytes;
  unsigned HOST_WIDE_INT room = budget > *used ? budget - *used : 0;
  unsigned HOST_WIDE_INT pad = (escape_slot_footprint (want, site->alloc.align)
				- ROUND_UP (want, site->alloc.align));
  room = room > pad ? room - pad : 0;
  unsigned HOST_WIDE_INT align = site->alloc.align;
  unsigned HOST_WIDE_INT size = MIN (ROUND_UP (want, align),
				     room / align * align);
  /* A guard slot smaller than a quarter of what was asked, or than 16
     bytes, is not worth its branch.  */
  if (size < 16 || size < want / 4)
    {
      escape_budget_verdict (fun, site,
			     escape_slot_footprint (want, site->alloc.align),
			     *used);
      return false;
    }
  site->place.kind = SLOT_GUARDED;
  site->place.size = size;
  escape_checking_assert (size % align == 0);
  *used += size + pad;
  return true;
}

/* Return true if every cycle of FUN's CFG lies in a loop of GCC's loop
   tree: every cycle passes through a back edge, an edge whose
   destination dominates its source (the CFG is reducible; Kahn's
   algorithm on the other edges: they form no cycle exactly when every
   block can be removed once its predecessors are), and every back edge
   is a latch edge of a loop of the tree, from inside the loop to its
   header.  GCC makes no loop of a header with an abnormal predecessor
   (a computed goto's target, cfgloop.cc flow_loops_find), so a cycle
   through one is reducible yet in no loop (review 9): a function with
   an abnormal edge is refused outright.  */

static bool
escape_cfg_reducible_p (function *fun)
{
  calculate_dominance_info (CDI_DOMINATORS);
  auto_vec<int> preds (last_basic_block_for_fn (fun));
  preds.quick_grow_cleared (last_basic_block_for_fn (fun));
  auto_vec<basic_block> ready;
  basic_block bb;
  edge e;
  edge_iterator ei;
  int blocks = 0, removed = 0;

  FOR_ALL_BB_FN (bb, fun)
    {
      blocks++;
      FOR_EACH_EDGE (e, ei, bb->preds)
	if (e->flags & EDGE_ABNORMAL)
	  return false;
	else if (!dominated_by_p (CDI_DOMINATORS, e->src, bb))
	  preds[bb->index]++;
	else if (bb->loop_father == NULL || bb->loop_father->header != bb
		 || !flow_bb_inside_loop_p (bb->loop_father, e->src))
	  return false;
      if (preds[bb->index] == 0)
	ready.safe_push (bb);
    }
  while (!ready.is_empty ())
    {
      bb = ready.pop ();
      removed++;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!dominated_by_p (CDI_DOMINATORS, bb, e->dest)
	    && --preds[e->dest->index] == 0)
	  ready.safe_push (e->dest);
    }
  return removed == blocks;
}

/* The largest bound on a site's runs that escape_bound_runs records:
   no storage holds more objects than this.  */
#define ESCAPE_MAX_RUNS_CAP ((unsigned HOST_WIDE_INT) 1 << 30)

/* Return an upper bound on the times the header of LOOP runs per entry
   of the loop read off an induction variable whose range GCC knows, or
   0: a header PHI "r = PHI <init, r + C>" (C a constant, the sum the
   value on the latch edge) whose every value lies in [LO, HI] (the
   range GCC's value-range propagation recorded for r), with HI - LO and
   |C| both below half the type's modulus.  Within one entry, the next
   value of r is the current one plus C modulo the modulus; the two
   values both lie in [LO, HI], so their difference as integers is
   below half the modulus in size, as C is, and congruent to C: it is
   C.  So r moves by exactly C at each iteration, never repeats, and
   the header runs at most (HI - LO) / |C| + 1 times.  GCC's niter
   analysis misses this bound when the limit is a name whose range is
   known only through the expression scalar evolution expands it to
   ("i < n" with n = k % 10 + 3).  */

static widest_int
escape_iv_range_runs (class loop *loop)
{
  edge latch = loop_latch_edge (loop);
  widest_int best = 0;
  for (gphi_iterator gsi = gsi_start_phis (loop->header); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      tree r = gimple_phi_result (phi);
      tree type = TREE_TYPE (r);
      if (virtual_operand_p (r) || !INTEGRAL_TYPE_P (type)
	  || TYPE_PRECISION (type) > HOST_BITS_PER_WIDE_INT)
	continue;
      tree next = PHI_ARG_DEF_FROM_EDGE (phi, latch);
      if (TREE_CODE (next) != SSA_NAME)
	continue;
      gassign *def = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (next));
      if (def == NULL
	  || (gimple_assign_rhs_code (def) != PLUS_EXPR
	      && gimple_assign_rhs_code (def) != MINUS_EXPR)
	  || gimple_assign_rhs1 (def) != r
	  || TREE_CODE (gimple_assign_rhs2 (def)) != INTEGER_CST)
	continue;
      value_range vr;
      if (!get_global_range_query ()->range_of_expr (vr, r)
	  || vr.undefined_p () || vr.varying_p ())
	continue;
      signop sgn = TYPE_SIGN (type);
      unsigned prec = TYPE_PRECISION (type);
      widest_int half = wi::lshift (widest_int (1), prec - 1);
      widest_int lo = widest_int::from (vr.lower_bound (), sgn);
      widest_int hi = widest_int::from (vr.upper_bound (), sgn);
      widest_int c = widest_int::from (wi::to_wide (gimple_assign_rhs2 (def)),
				       SIGNED);
      c = wi::abs (c);
      if (c == 0 || wi::ges_p (c, half) || wi::ges_p (hi - lo, half))
	continue;
      widest_int runs = wi::udiv_trunc (hi - lo, c) + 1;
      if (best == 0 || wi::ltu_p (runs, best))
	best = runs;
    }
  return best;
}

/* Return an upper bound, at most ESCAPE_MAX_RUNS_CAP, on the times the
   statements of BB run in one activation of the function, or 0 if no
   bound is known: the product, over the loops of GCC's loop tree that
   contain BB, of the most times each loop's header runs per entry (its
   latch's upper bound from the niter analysis, plus one, or what an
   induction variable's range gives, escape_iv_range_runs).  The loops
   must be normal and the scalar evolutions initialised.  */

static unsigned HOST_WIDE_INT
escape_block_max_runs (basic_block bb)
{
  widest_int total = 1;
  for (class loop *l = bb->loop_father; loop_outer (l); l = loop_outer (l))
    {
      widest_int latches, runs = escape_iv_range_runs (l);
      if (max_loop_iterations (l, &latches)
	  && (runs == 0 || wi::ltu_p (latches + 1, runs)))
	runs = latches + 1;
      if (runs == 0)
	return 0;
      total *= runs;
      if (wi::gtu_p (total, ESCAPE_MAX_RUNS_CAP))
	return 0;
    }
  return total.to_uhwi ();
}

/* Return true if SITE may get frame storage with room for every object
   (bump_all): a malloc (or a wrapper of it) of a constant size on a
   cycle that may get frame storage.  Other allocators need more than
   the next piece (calloc's zeroing, strdup's copy).  */

static bool
escape_bump_all_candidate_p (struct escape_site *site)
{
  return (site->alloc.kind == ALLOC_MALLOC && escape_bump_candidate_p (site)
	  && site->alloc.size_known && escape_site_in_cycle_p (site));
}

/* Record in place.max_runs of each of SITES that may get frame storage
   for objects of a constant size how many times at most its allocation
   runs in one activation of FUN, when that is known (0 otherwise), for
   escape_place_bump.  Return the TODO flags the CFG needs.

   The bound is escape_block_max_runs of the site's block.  It holds
   because, in a reducible CFG (escape_cfg_reducible_p), every cycle
   through a block lies in a loop of the loop tree that contains it, so
   a loop is entered again only through a loop around it, and within
   one iteration of a loop a block of its body runs at most once
   outside its inner loops; and because nothing else makes code run
   again: no setjmp receiver or nonlocal label (abnormal edges).  The
   loop bounds are GCC's own (exit tests, and undefined behaviour the
   program cannot have).  As cd-dce does outside the loop pipeline,
   the loops are put in normal form (preheaders, simple latches) and
   the scalar evolutions initialised for the analysis, and both are
   released after; the forwarder blocks that normal form may add are
   removed by the CFG cleanup the returned flags ask for.  This runs
   before the ranger of escape_pass::execute exists, as it changes the
   CFG.  */

unsigned int
escape_bound_runs (function *fun, vec<escape_site *> *sites)
{
  auto_vec<escape_site *> candidates;
  for (unsigned i = 0; i < sites->length (); i++)
    {
      struct escape_site *site = (*sites)[i];
      site->place.max_runs = 0;
      if (escape_bump_all_candidate_p (site))
	candidates.safe_push (site);
    }
  if (candidates.is_empty () || !current_loops || fun->calls_setjmp
      || fun->has_nonlocal_label || scev_initialized_p ())
    return 0;

  scev_initialize ();
  loop_optimizer_init (LOOPS_NORMAL | LOOPS_HAVE_RECORDED_EXITS);
  free_numbers_of_iterations_estimates (fun);
  if (escape_cfg_reducible_p (fun))
    for (unsigned i = 0; i < candidates.length (); i++)
      {
	struct escape_site *site = candidates[i];
	site->place.max_runs
	  = escape_block_max_runs (gimple_bb (site->alloc.call));
	if (dump_file && site->place.max_runs)
	  fprintf (dump_file, "Site %u runs at most " HOST_WIDE_INT_PRINT_UNSIGNED
		   " time%s in a call\n", site->alloc.index,
		   site->place.max_runs, site->place.max_runs == 1 ? "" : "s");
      }
  loop_optimizer_finalize ();
  scev_finalize ();
  free_dominance_info (fun, CDI_DOMINATORS);
  return TODO_cleanup_cfg;
}

/* Return true if SITE, on a cycle of the CFG whose objects of several
   executions may be live at once, may take its objects from frame
   storage (SLOT_BUMP): a malloc, calloc, strdup or strndup with
   malloc's alignment, or an aligned_alloc asking for at most that (its
   pieces are 16-byte aligned), whose every free and realloc the
   rewrite can range-test.  calloc's piece is zeroed, and taken only
   when its product does not overflow and fits; strdup's and strndup's
   gets the string (rewrite.cc).  */

bool
escape_bump_candidate_p (const struct escape_site *site)
{
  /* Not a wrapper that returns NULL for a size of zero (g_malloc):
     the storage hands out a unique non-null pointer for malloc (0).  */
  if (site->alloc.zero_null || site->alloc.align != ESCAPE_BUMP_ALIGN)
    return false;
  switch (site->alloc.kind)
    {
    case ALLOC_MALLOC:
    case ALLOC_CALLOC:
    case ALLOC_STRDUP:
    case ALLOC_STRNDUP:
      return site->alloc.align_kind == ALIGN_DEFAULT;
    case ALLOC_ALIGNED_ALLOC:
      /* ALIGN is the larger of the request and malloc's alignment.  */
      return site->alloc.align_kind == ALIGN_CONSTANT;
    default:
      return false;
    }
}

/* Return the bytes of frame storage an object of the constant size SIZE
   takes: SIZE rounded up to the pieces' alignment, and at least that
   alignment (malloc (0) too).  */

unsigned HOST_WIDE_INT
escape_bump_piece (unsigned HOST_WIDE_INT size)
{
  return MAX (ROUND_UP (size, ESCAPE_BUMP_ALIGN),
	      (unsigned HOST_WIDE_INT) ESCAPE_BUMP_ALIGN);
}

/* Give SITE of FUN frame storage (SLOT_BUMP) of what is left of
   max-guarded-size after the budget *USED, and charge it.  The storage
   must hold at least two objects of a constant size (one would be the
   fixed slot of a site outside loops), or 64 bytes.  Return false after
   recording the budget verdict.  */

bool
escape_place_bump (function *fun, struct escape_site *site,
		   unsigned HOST_WIDE_INT *used)
{
  unsigned HOST_WIDE_INT want = MIN (escape_opts.max_guarded_size,
				     escape_opts.max_object_size);
  unsigned HOST_WIDE_INT align = ESCAPE_BUMP_ALIGN;
  unsigned HOST_WIDE_INT budget = escape_budget (fun).bytes;
  unsigned HOST_WIDE_INT room = budget > *used ? budget - *used : 0;
  unsigned HOST_WIDE_INT size = MIN (ROUND_UP (want, align),
				     room / align * align);
  unsigned HOST_WIDE_INT least
    = (site->alloc.size_known
       ? MAX (2 * ROUND_UP (site->alloc.size, align), (unsigned HOST_WIDE_INT) 64)
       : 64);
  if (size < least)
    {
      escape_budget_verdict (fun, site, least, *used);
      return false;
    }
  site->place.kind = SLOT_BUMP;
  site->place.size = size;
  site->place.bump_all = 0;
  /* A constant size whose every execution fits: storage for all of
     them, and no room test.  */
  unsigned HOST_WIDE_INT piece
    = site->alloc.size_known ? escape_bump_piece (site->alloc.size) : 0;
  unsigned HOST_WIDE_INT runs = site->place.max_runs;
  if (piece && runs && runs <= size / piece)
    {
      site->place.bump_all = runs;
      site->place.size = size = runs * piece;
    }
  *used += size;
  return true;
}
