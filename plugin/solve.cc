/* solve.cc -- the verdict for one allocation site.

   Owns the decision "promote, or keep on the heap and why".  The proof
   has four parts, each of which must hold; the first that fails gives
   the reason reported to the user, but for a site on a cycle of the
   CFG, whose loop checks of part 4 run before part 3 (the loop is the
   more useful reason when both apply):

   1. The site and its function are of a kind we can handle: a
      recognised allocator with a used result, no setjmp, no -fipa-pta
      (whose "escaped" means escaped from the unit), no nonlocal gotos,
      no heap-checking sanitizer, and a call that cannot throw.  A
      wrapper (wrappers.cc) is the allocator of its kind: replacing its
      call removes nothing observable but the allocation.  A wrapper of
      the unit has no other effect (no store, no other call that
      returns) and calls its noreturn functions only when the
      allocation failed, which a promoted site never does; a family's
      or allocator='s is the user's word for that.  A guarded slot's
      fallback calls the wrapper itself, so it still dies as it did;
      its deallocator (g_free) frees only its objects, as free does
      (part 2), and free does not.

   2. Every use event of the escape graph (graph.cc) is harmless:
	- a free of a pointer that is the object or null (it goes away);
	- a free of a pointer that may be the object or another one (a
	  PHI with another heap pointer, a pointer read back from a
	  local struct or array): the call stays, behind a range test
	  (rewrite.cc) "if ((uintptr_t) q - (uintptr_t) &slot >= size)
	  free (q)".  This is sound because
	    a. every deallocation that may reach the object is in this
	       function and gets the test: the graph holds every name
	       that may point to the object (once the address is stored,
	       every pointer whose points-to set includes it), so every
	       free of such a name is an event here; a callee that may
	       free it, directly or through memory, still declines the
	       site (call-free, call-reach-free below);
	    b. the test recognises only this activation's slot, so no
	       pointer into the slot may reach another activation (of
	       this function or any other) that could free it: returns,
	       stores to non-local memory, escapes and captures decline
	       as before, and a callee that receives the address or can
	       reach it through memory may not free;
	    c. a heap block never lies inside a stack slot, nor a null
	       pointer, so "outside" frees exactly what the original
	       call freed when it was not this object; "inside" is this
	       object (free of an interior pointer being undefined);
	    d. the site runs once per activation, or (part 4) no object
	       of an earlier execution is live when it runs again, so
	       the slot holds at most one live object;
	- a realloc (P, N) of a name that may point to the object, with
	  its result in a name: the call stays behind the same range
	  test, and inside the slot the object moves to the heap (malloc
	  of N bytes, a copy of the object's bytes; realloc (P, 0)
	  returns null, a failing malloc returns null and leaves the
	  object valid in the slot, as glibc's realloc does).  Its
	  result is never the slot; a-d hold as for frees (a callee
	  that may realloc the object still declines it);
	- a call that neither captures the argument (IPA modref / fnspec
	  EAF_NO_DIRECT_ESCAPE, or a string/memory builtin the library
	  model, libc.cc, knows to only read and write through it) nor
	  may free it, as callee.cc judges the call;
	- a store into memory that is local to this function (a local
	  variable, or memory points-to says is not global); loads of it
	  are in the graph already;
	- an integer conversion used only in null tests or masked below
	  the object's alignment;
	- a pointer difference within the object.
      Returns, stores to globals, inline asm, a free or realloc of an
      address that is not a name (free (&p->tail)), a realloc whose
      result is unused or stored straight to memory, and everything
      unmodelled fail.

   3. If the address is ever stored into memory: every call that may
      reach the object through memory (its points-to use or clobber set
      includes the object) is known not to free it, and GCC's own
      points-to analysis agrees that the object does not escape.  This
      catches what a walk over SSA cannot see: a callee freeing a
      pointer it loads from a struct we passed.  If the address is never
      stored, only the uses judged in part 2 can reach the object, and
      GCC's coarser facts (an "anything" in the escaped set, which marks
      every object escaped) need not be consulted.
      Points-to analysis follows a stored address into pointers loaded
      back, but not through integer arithmetic and control flow (the
      address read back as an integer can be rebuilt bit by bit, and
      GCC's facts then lose it), so no statement of the function may
      read the memory the address is stored into, or memory copied from
      there, as anything but a pointer (taint.cc).  The one exception
      to "points-to analysis agrees": a closed site (taint.cc, 4), whose
      address is stored only into its own objects, at constant places
      through pointers that always point to an object's start, and is
      read from there only as a pointer (taint.cc, 3).  GCC's facts
      merge all fields of the site's objects, so the data read from
      them (a list node's key, returned) counts as its address there;
      part 2 judges every name that may hold the address, and no other
      memory holds it, so nothing else can make it escape.

   4. It fits (lifetime.cc): if the site is on a cycle of the CFG, no
      object of an earlier execution can still be in use when it runs
      again; a constant size is non-zero and within max-object-size, a
      variable one gets a bounded or guarded slot; the alignment is a
      supported power of two; and the function's stack budget has room.
      A malloc, calloc, strdup, strndup or aligned_alloc on a cycle
      whose objects of several executions may be live at once (loop-carried,
      loop-stored) instead gets frame storage (SLOT_BUMP):
      max-guarded-size bytes of the frame, charged to the budget, from
      which each execution takes the next bytes while they last, and
      calls the allocator as before after that.  This is sound because
	a. two live objects never share a byte: an execution takes
	   [top, top + sz) and moves top past it; a free gives bytes
	   back only for the most recent object taken ("last"), whose
	   bytes are the only ones in [last, top);
	b. every object is 16-byte aligned and has at least 16 bytes
	   (malloc (0), calloc (0, m) and aligned_alloc (a, 0)
	   included), so results are unique, non-null and aligned as
	   malloc's; an aligned_alloc gets storage only when it asks
	   for at most 16 bytes of alignment (an alignment the library
	   accepts: a power of two), so its pieces are aligned as it
	   asked; the storage is never clobbered;
	c. every free and realloc of the object is range-tested against
	   the whole storage (the conditions of part 2, a to c, with
	   "the slot" read as the storage); part 2's d is what a. gives;
	d. parts 2 and 3 hold as for any site, so no pointer into the
	   storage outlives the activation or reaches another one;
	e. a calloc's piece holds n * m zero bytes: it is zeroed every
	   time it is taken (bytes given back hold an earlier object's
	   data), and it is taken only when n and m are each at most the
	   storage's size and so is their product, computed without
	   overflow; any other n and m (a product that overflows
	   included) call calloc, which fails or succeeds as before.  A
	   wrapper of calloc (xcalloc) is calloc (part 1); its own call
	   is the fallback;
	f. a strdup's or strndup's piece holds the string: its length
	   (strlen, or strnlen with strndup's bound) is computed first,
	   the piece of length plus one bytes is taken when it fits, and
	   the string's bytes and a NUL are copied into it, as the call
	   would; the source is a live object, never the piece's bytes
	   (a piece is no live object's bytes when taken), so the copy
	   does not overlap.  Otherwise the call runs, computing the same
	   length from the same bytes.
      When the site is a malloc of a constant size that provably runs
      at most R times in one activation, and R pieces fit what the
      storage would get (lifetime.cc, escape_bound_runs: the product of
      the iteration bounds of the loops around it, in a reducible CFG
      whose every back edge is a latch edge of GCC's loop tree, with no
      abnormal edge, setjmp or nonlocal label), the storage is exactly R pieces and every
      execution takes the next one with no room test and no malloc
      call.  a. to d. hold as above: the R pieces are disjoint and each
      execution takes a piece no earlier one took, so nothing is given
      back; every object is in the storage, so a free whose pointer is
      null or an object's start is deleted (exactly the object or null,
      or a member of START, taint.cc part 3: a pointer read back from a
      field that holds only such pointers, as a list's next), and the
      others keep their range tests; and if the bound
      were exceeded the program would have run a loop more often than
      its own exit tests or undefined behaviour allow, which GCC's
      bounds exclude.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Judge the use event U of SITE, a pointer passed to a call, by the
   call's event (callee.cc).  Return false after recording the verdict
   when it may let the object escape or end its life behind our back.  */

static bool
escape_judge_call_arg (struct escape_site *site, struct escape_use *u)
{
  gcall *call = as_a <gcall *> (u->stmt);
  unsigned v = SSA_NAME_VERSION (u->name);
  tree fndecl = gimple_call_fndecl (call);
  int effects = 0;

  /* The deallocator of a wrapper's objects (g_free) frees them as free
     does; free, or another deallocator, does not (wrappers.cc).  */
  enum escape_call_event event;
  if (escape_site_dealloc_call_p (&site->alloc, call) && u->argno == 1)
    event = CALL_EVENT_FREE;
  else if (site->alloc.dealloc != NULL && escape_free_call_p (call))
    {
      escape_set_verdict (site, ESCAPE_DEALLOC_MISMATCH, call, fndecl,
			  u->argno);
      return false;
    }
  else
    event = escape_judge_call_event (call, u->argno, &effects);
  switch (event)
    {
    case CALL_EVENT_FREE:
      /* A free whose argument may also point to other objects (a PHI,
	 a pointer read back from memory) keeps its call behind a range
	 test of the slot (rewrite.cc); that needs the argument as a
	 name.  */
      if (!bitmap_bit_p (site->graph.exact_or_null, v)
	  && gimple_call_arg (call, 0) != u->name)
	{
	  escape_set_verdict (site, ESCAPE_FREE_OTHER, call, NULL_TREE, 0);
	  return false;
	}
      if (!site->graph.frees.contains (call))
	site->graph.frees.safe_push (call);
      return true;
    case CALL_EVENT_REALLOC:
      {
	/* realloc (P, N) of a name that may point to the object: the
	   call stays for the other objects, and the object moves to
	   the heap (rewrite.cc).  P as an address computed from a name
	   (realloc (&p->tail, n)), or a result that is unused or goes
	   straight to memory, is not modelled.  */
	tree lhs = gimple_call_lhs (call);
	if (u->argno != 1 || gimple_call_arg (call, 0) != u->name
	    || lhs == NULL_TREE || TREE_CODE (lhs) != SSA_NAME)
	  {
	    escape_set_verdict (site, ESCAPE_REALLOC, call, fndecl, 0);
	    return false;
	  }
	if (!site->graph.reallocs.contains (call))
	  site->graph.reallocs.safe_push (call);
	return true;
      }
    case CALL_EVENT_INTERNAL:
      escape_set_verdict (site, ESCAPE_INTERNAL_CALL, call, NULL_TREE, 0);
      site->verdict.name = internal_fn_name (gimple_call_internal_fn (call));
      return false;
    case CALL_EVENT_INDIRECT:
      escape_set_verdict (site, ESCAPE_INDIRECT_CALL, call, NULL_TREE,
			  u->argno);
      return false;
    case CALL_EVENT_LIVE_PATCHING:
      escape_set_verdict (site, ESCAPE_CALL_LIVE_PATCHING, call, fndecl,
			  u->argno);
      return false;
    case CALL_EVENT_DIRECT:
      if (effects & ESCAPE_EFFECT_CAPTURES)
	{
	  escape_set_verdict (site, ESCAPE_CALL_CAPTURE, call, fndecl,
			      u->argno);
	  return false;
	}
      if (effects & ESCAPE_EFFECT_FREES)
	{
	  escape_set_verdict (site, ESCAPE_CALL_FREE, call, fndecl, u->argno);
	  return false;
	}
      return true;
    }
  gcc_unreachable ();
}

/* Return true if the store STMT writes to memory that is local to the
   current function: a non-global variable, or memory reached through a
   pointer that points-to analysis says is not global.  */

static bool
escape_store_local_p (struct escape_site *site, gimple *stmt, tree *global)
{
  tree base = get_base_address (gimple_get_lhs (stmt));
  *global = NULL_TREE;
  if (base == NULL_TREE)
    return false;
  if (DECL_P (base))
    {
      if (is_global_var (base))
	{
	  *global = base;
	  return false;
	}
      return true;
    }
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      tree ptr = TREE_OPERAND (base, 0);
      if (TREE_CODE (ptr) == ADDR_EXPR)
	{
	  tree decl = get_base_address (TREE_OPERAND (ptr, 0));
	  if (decl && DECL_P (decl) && is_global_var (decl))
	    *global = decl;
	  return decl && DECL_P (decl) && !is_global_var (decl);
	}
      if (TREE_CODE (ptr) != SSA_NAME)
	return false;
      if (bitmap_bit_p (site->graph.derived, SSA_NAME_VERSION (ptr))
	  && !bitmap_bit_p (site->graph.via_memory, SSA_NAME_VERSION (ptr)))
	return true;
      struct ptr_info_def *pi = SSA_NAME_PTR_INFO (ptr);
      return pi && !pt_solution_includes_global (&pi->pt, true);
    }
  return false;
}

/* Judge use event U of SITE.  Return false after recording the verdict
   when it may let the object escape or outlive the function.  */

static bool
escape_judge_use (struct escape_site *site, struct escape_use *u)
{
  tree global;
  switch (u->kind)
    {
    case USE_CALL_ARG:
      return escape_judge_call_arg (site, u);
    case USE_RETURN:
      escape_set_verdict (site, ESCAPE_RETURNED, u->stmt, NULL_TREE, 0);
      return false;
    case USE_STORE:
      if (escape_store_local_p (site, u->stmt, &global))
	return true;
      escape_set_verdict (site, global ? ESCAPE_STORED_GLOBAL
			  : ESCAPE_STORED_NONLOCAL, u->stmt, global, 0);
      return false;
    case USE_INT_CONV:
      /* A site whose alignment is not known is declined in part 4
	 whatever this finds; 0 lets every mask pass, as it always has,
	 so that its reason stays the alignment.  */
      if (escape_int_use_harmless_p (gimple_get_lhs (u->stmt),
				     escape_align_known_p (&site->alloc)
				     ? site->alloc.align : 0))
	return true;
      escape_set_verdict (site, ESCAPE_INTEGER, u->stmt, NULL_TREE, 0);
      return false;
    case USE_PTRDIFF:
      if (escape_ptrdiff_within_p (site, u->stmt))
	return true;
      escape_set_verdict (site,
			  (is_gimple_assign (u->stmt)
			   && gimple_assign_rhs_code (u->stmt)
			      == POINTER_DIFF_EXPR)
			  ? ESCAPE_PTRDIFF : ESCAPE_ORDERED,
			  u->stmt, NULL_TREE, 0);
      return false;
    case USE_ASM:
      escape_set_verdict (site, ESCAPE_ASM, u->stmt, NULL_TREE, 0);
      return false;
    case USE_UNHANDLED:
      escape_set_verdict (site, ESCAPE_UNHANDLED_USE, u->stmt, NULL_TREE, 0);
      return false;
    }
  gcc_unreachable ();
}

/* Check every call of FUN that may reach SITE's object through memory:
   none may free it.  When CLOSED (SITE is a closed structure, taint.cc
   4), only the calls given a pointer that may point to its objects
   count.  Return false after recording the verdict.  */

static bool
escape_check_reaching_calls (function *fun, struct escape_site *site,
			     bool closed)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call == NULL || call == site->alloc.call
	    || site->graph.frees.contains (call)
	    || site->graph.reallocs.contains (call))
	  continue;
	if (!escape_pt_may_include (gimple_call_use_set (call),
				    site->graph.heap_uid)
	    && !escape_pt_may_include (gimple_call_clobber_set (call),
				       site->graph.heap_uid))
	  continue;
	/* A closed structure is reachable only through the arguments
	   (taint.cc, 4).  */
	if (closed && !escape_call_may_reach_own_p (call, site))
	  continue;
	/* free or realloc of a pointer outside the graph: points-to says
	   it is another object.  */
	if (escape_free_call_p (call) || escape_realloc_call_p (call))
	  {
	    tree arg = gimple_call_arg (call, 0);
	    if (TREE_CODE (arg) != SSA_NAME
		|| !bitmap_bit_p (site->graph.derived, SSA_NAME_VERSION (arg)))
	      continue;
	  }
	if (!escape_callee_may_free_p (call))
	  continue;
	tree fndecl = gimple_call_fndecl (call);
	escape_set_verdict (site, fndecl ? ESCAPE_CALL_REACH_FREE
			    : ESCAPE_INDIRECT_CALL, call, fndecl, 0);
	return false;
      }
  return true;
}


/* Check the facts about FUN and SITE that do not depend on the object's
   uses (part 1).  Return false after recording the verdict.  */

static bool
escape_check_preconditions (function *fun, struct escape_site *site)
{
  enum escape_reason r = ESCAPE_PROMOTED;
  if (site->alloc.kind == ALLOC_POSIX_MEMALIGN
      && (!site->alloc.size_known || !escape_find_result_load (fun, site)))
    {
      escape_set_verdict (site, ESCAPE_RESULT_UNMODELED, site->alloc.call,
			  NULL_TREE, 0);
      return false;
    }
  if (site->alloc.decline != ESCAPE_PROMOTED)
    {
      /* A wrapper the pass does not trust (wrappers.cc).  */
      escape_set_verdict (site, site->alloc.decline, site->alloc.call,
			  site->alloc.wrapper, 0);
      return false;
    }
  if (site->alloc.kind == ALLOC_REALLOC || site->alloc.kind == ALLOC_CUSTOM)
    {
      tree fndecl = gimple_call_fndecl (site->alloc.call);
      escape_set_verdict (site, ESCAPE_NOT_YET, site->alloc.call, fndecl, 0);
      if (!fndecl)
	site->verdict.name = escape_alloc_kind_name (site->alloc.kind);
      return false;
    }
  if (site->alloc.ptr == NULL_TREE || TREE_CODE (site->alloc.ptr) != SSA_NAME
      || has_zero_uses (site->alloc.ptr))
    r = ESCAPE_UNUSED_RESULT;
  else if (fun->calls_setjmp)
    r = ESCAPE_SETJMP;
  else if (fun->gimple_df->ipa_pta)
    r = ESCAPE_IPA_PTA;
  else if (fun->has_nonlocal_label || fun->static_chain_decl
	   || fun->has_forced_label_in_static)
    r = ESCAPE_NONLOCAL_GOTO;
  else if (flag_sanitize & (SANITIZE_ADDRESS | SANITIZE_HWADDRESS
			    | SANITIZE_LEAK | SANITIZE_KERNEL_ADDRESS
			    | SANITIZE_KERNEL_HWADDRESS))
    r = ESCAPE_SANITIZER;
  else if (stmt_could_throw_p (fun, site->alloc.call))
    r = ESCAPE_MAY_THROW;
  if (r == ESCAPE_PROMOTED)
    return true;
  escape_set_verdict (site, r, NULL, NULL_TREE, 0);
  return false;
}

/* Check the size and alignment of SITE (part 4): a constant size must
   be non-zero and within max-object-size, and the alignment a supported
   power of two.  Return false after recording the verdict.  */

static bool
escape_check_size (struct escape_site *site)
{
  enum escape_reason r = ESCAPE_PROMOTED;
  if (site->alloc.size_overflows)
    r = ESCAPE_CALLOC_OVERFLOW;
  else if (site->alloc.size_known && site->alloc.size == 0)
    r = ESCAPE_ZERO_SIZE;
  else if (site->alloc.size_known
	   && site->alloc.size > escape_opts.max_object_size)
    r = ESCAPE_TOO_LARGE;
  else if (site->alloc.align_kind == ALIGN_VARIABLE)
    r = ESCAPE_VARIABLE_ALIGN;
  else if (!escape_align_known_p (&site->alloc)
	   || !pow2p_hwi (site->alloc.align)
	   || site->alloc.align > escape_opts.max_align
	   || site->alloc.align * BITS_PER_UNIT > MAX_SUPPORTED_STACK_ALIGNMENT)
    r = ESCAPE_BAD_ALIGN;
  if (r == ESCAPE_PROMOTED)
    return true;
  escape_set_verdict (site, r, NULL, NULL_TREE, 0);
  site->verdict.need = (r == ESCAPE_BAD_ALIGN ? site->alloc.req_align
			: site->alloc.size);
  site->verdict.limit = escape_opts.max_object_size;
  return false;
}

/* Decide whether SITE of FUN may be promoted, recording the verdict in
   SITE->verdict; charge promoted sites to the budget *USED.  */

void
escape_solve_site (function *fun, struct escape_site *site,
		   gimple_ranger *ranger, unsigned HOST_WIDE_INT *used)
{
  escape_set_verdict (site, ESCAPE_PROMOTED, NULL, NULL_TREE, 0);
  if (!escape_check_preconditions (fun, site))
    return;

  /* Part 2 needs the object's points-to identity.  */
  struct ptr_info_def *pi = SSA_NAME_PTR_INFO (site->alloc.ptr);
  if (pi == NULL || !pt_solution_singleton_or_null_p (&pi->pt,
						      &site->graph.heap_uid))
    {
      escape_set_verdict (site, ESCAPE_PTA_IMPRECISE, NULL, NULL_TREE, 0);
      return;
    }
  escape_build_graph (fun, site, true);
  for (unsigned i = 0; i < site->graph.uses.length (); i++)
    if (!escape_judge_use (site, &site->graph.uses[i]))
      {
	site->verdict.via_memory
	  = bitmap_bit_p (site->graph.via_memory,
			  SSA_NAME_VERSION (site->graph.uses[i].name));
	site->verdict.use_name = site->graph.uses[i].name;
	return;
      }

  /* Part 4 first for a site in a loop: the loop is the more useful
     reason when both apply.  */
  bool in_cycle = escape_site_in_cycle_p (site);
  bool bump = false;
  if (in_cycle && !escape_loop_slot_ok_p (site))
    {
      /* Objects of several executions may be live at once: frame
	 storage gives each its own bytes (part 4).  */
      if (!escape_bump_candidate_p (site))
	return;
      bump = true;
      escape_set_verdict (site, ESCAPE_PROMOTED, NULL, NULL_TREE, 0);
    }

  /* Part 3, needed only when the address is stored into memory.  */
  if (site->graph.store && !escape_check_reaching_calls (fun, site, false))
    {
      /* A call that points-to analysis lets reach the object only
	 because of its imprecise "escaped" may still be harmless when
	 the structure is closed; the first reason stands otherwise.  */
      struct escape_verdict first = site->verdict;
      if (!escape_check_data_reads (fun, site) || !site->graph.own_closed
	  || !escape_check_reaching_calls (fun, site, true))
	{
	  site->verdict = first;
	  return;
	}
      escape_set_verdict (site, ESCAPE_PROMOTED, NULL, NULL_TREE, 0);
    }
  else if (site->graph.store && !escape_check_data_reads (fun, site))
    return;
  if (site->graph.store && !site->graph.own_closed
      && (pi->pt.vars_contains_escaped || pi->pt.vars_contains_escaped_heap))
    {
      escape_set_verdict (site, ESCAPE_STORED_ESCAPING, site->graph.store,
			  NULL_TREE, 0);
      return;
    }

  /* The rest of part 4.  */
  if (!escape_check_size (site))
    return;
  if (bump)
    {
      /* Storage with room for every object: a free of a pointer read
	 back from the objects needs no range test when the pointer is
	 null or an object's start (rewrite.cc).  */
      if (escape_place_bump (fun, site, used) && site->place.bump_all)
	escape_own_start (fun, site);
    }
  else if (site->alloc.size_known
	   && !escape_alloc_needs_guard_p (&site->alloc))
    {
      site->place.kind = SLOT_FIXED;
      site->place.size = site->alloc.size;
      escape_check_budget (fun, site, used);
    }
  else
    escape_place_variable (fun, site, ranger, used);
}
