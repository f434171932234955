/* solve.cc -- the verdict for one allocation site.

   Owns the decision "promote, or keep on the heap and why".  The proof
   has four parts, each of which must hold; the first that fails gives
   the reason reported to the user:

   1. The site and its function are of a kind we can handle: a
      recognised allocator with a used result, no setjmp, no -fipa-pta
      (whose "escaped" means escaped from the unit), no nonlocal gotos,
      no heap-checking sanitizer, and a call that cannot throw.

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
	  may free it (summary.cc);
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
      there, as anything but a pointer.

   4. It fits (lifetime.cc): if the site is on a cycle of the CFG, no
      object of an earlier execution can still be in use when it runs
      again; a constant size is non-zero and within max-object-size, a
      variable one gets a bounded or guarded slot; the alignment is a
      supported power of two; and the function's stack budget has room.
      A malloc on a cycle whose objects of several executions may be
      live at once (loop-carried, loop-stored) instead gets frame
      storage (SLOT_BUMP): max-guarded-size bytes of the frame, charged
      to the budget, from which each execution takes the next bytes
      while they last, and calls malloc as before after that.  This is
      sound because
	a. two live objects never share a byte: an execution takes
	   [top, top + sz) and moves top past it; a free gives bytes
	   back only for the most recent object taken ("last"), whose
	   bytes are the only ones in [last, top);
	b. every object is 16-byte aligned and has at least 16 bytes
	   (malloc (0) included), so results are unique, non-null and
	   aligned as malloc's; the storage is never clobbered;
	c. every free and realloc of the object is range-tested against
	   the whole storage (the conditions of part 2, a to c, with
	   "the slot" read as the storage); part 2's d is what a. gives;
	d. parts 2 and 3 hold as for any site, so no pointer into the
	   storage outlives the activation or reaches another one.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

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

/* Judge the use event U of SITE, a pointer passed to a call.  Return
   false after recording the verdict when it may let the object escape
   or end its life behind our back.  */

static bool
escape_judge_call_arg (struct escape_site *site, struct escape_use *u)
{
  gcall *call = as_a <gcall *> (u->stmt);
  unsigned v = SSA_NAME_VERSION (u->name);
  tree fndecl = gimple_call_fndecl (call);

  if (escape_free_call_p (call))
    {
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
    }
  if (escape_realloc_call_p (call))
    {
      /* realloc (P, N) of a name that may point to the object: the
	 call stays for the other objects, and the object moves to the
	 heap (rewrite.cc).  P as an address computed from a name
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
  if (gimple_call_internal_p (call))
    {
      escape_set_verdict (site, ESCAPE_INTERNAL_CALL, call, NULL_TREE, 0);
      site->verdict.name = internal_fn_name (gimple_call_internal_fn (call));
      return false;
    }
  if (fndecl == NULL_TREE)
    {
      escape_set_verdict (site, ESCAPE_INDIRECT_CALL, call, NULL_TREE,
			  u->argno);
      return false;
    }
  int effects = escape_call_arg_effects (call, u->argno);
  if (effects && escape_callee_patchable_p (call))
    {
      escape_set_verdict (site, ESCAPE_CALL_LIVE_PATCHING, call, fndecl,
			  u->argno);
      return false;
    }
  if (effects & ESCAPE_EFFECT_CAPTURES)
    {
      escape_set_verdict (site, ESCAPE_CALL_CAPTURE, call, fndecl, u->argno);
      return false;
    }
  if (effects & ESCAPE_EFFECT_FREES)
    {
      escape_set_verdict (site, ESCAPE_CALL_FREE, call, fndecl, u->argno);
      return false;
    }
  return true;
}

/* Return what the direct call CALL (not free, realloc, internal or
   indirect) may do to the object passed as its argument ARGNO (1-based):
   a mask of ESCAPE_EFFECT_CAPTURES and ESCAPE_EFFECT_FREES.  The sources,
   most precise first: the string, memory and printf builtins we know;
   the callee's parameter summary (summary.cc); IPA modref's argument
   flags and the callee's "may free" summary.  */

int
escape_call_arg_effects (gcall *call, int argno)
{
  if (escape_safe_builtin_p (call) || escape_safe_printf_arg_p (call, argno))
    return 0;
  int effects;
  if (escape_param_summary (call, argno, &effects))
    return effects & (ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES);
  effects = 0;
  int flags = escape_arg_flags (call, argno - 1);
  if (!(flags & (EAF_NO_DIRECT_ESCAPE | EAF_UNUSED)))
    effects |= ESCAPE_EFFECT_CAPTURES;
  if (escape_callee_may_free_p (call))
    effects |= ESCAPE_EFFECT_FREES;
  return effects;
}

/* Return true if the integer comparison CODE of OP0 and OP1 reveals
   nothing of a value other than whether it is zero: == or != against
   zero.  */

static bool
escape_null_test_p (enum tree_code code, tree op0, tree op1)
{
  return ((code == EQ_EXPR || code == NE_EXPR)
	  && (integer_zerop (op0) || integer_zerop (op1)));
}

/* Return true if the integer NAME, the address of an object aligned to
   ALIGN bytes (or an integer copy of it), reveals nothing about that
   address: every use is a test against zero, or masks the bits below the
   alignment ("(uintptr_t) p & 15", "% 16"), which are zero whatever the
   address, and then may be used freely.  Any other use may leak bits of
   the address, and under the C provenance model converting a pointer to
   an integer "exposes" the object, which may then be reached through an
   integer turned back into a pointer.  */

bool
escape_int_use_harmless_p (tree name, unsigned HOST_WIDE_INT align)
{
  imm_use_iterator iter;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, iter, name)
    {
      gimple *stmt = USE_STMT (use_p);
      if (is_gimple_debug (stmt))
	continue;
      if (gcond *c = dyn_cast <gcond *> (stmt))
	{
	  if (escape_null_test_p (gimple_cond_code (c), gimple_cond_lhs (c),
				  gimple_cond_rhs (c)))
	    continue;
	  return false;
	}
      gassign *a = dyn_cast <gassign *> (stmt);
      if (a == NULL)
	return false;
      enum tree_code code = gimple_assign_rhs_code (a);
      tree op1 = gimple_assign_rhs1 (a), op2 = gimple_assign_rhs2 (a);
      if (TREE_CODE_CLASS (code) == tcc_comparison
	  && escape_null_test_p (code, op1, op2))
	continue;
      if (op2 && TREE_CODE (op2) == INTEGER_CST && tree_fits_uhwi_p (op2)
	  && op1 == name)
	{
	  unsigned HOST_WIDE_INT c = tree_to_uhwi (op2);
	  if (code == BIT_AND_EXPR && (c & ~(align - 1)) == 0)
	    continue;
	  if (code == TRUNC_MOD_EXPR && pow2p_hwi (c) && c <= align)
	    continue;
	}
      if (CONVERT_EXPR_CODE_P (code)
	  && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_lhs (a)))
	  && TYPE_PRECISION (TREE_TYPE (gimple_assign_lhs (a)))
	     >= TYPE_PRECISION (TREE_TYPE (name))
	  && escape_int_use_harmless_p (gimple_assign_lhs (a), align))
	continue;
      return false;
    }
  return true;
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
   none may free it.  Return false after recording the verdict.  */

static bool
escape_check_reaching_calls (function *fun, struct escape_site *site)
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

/* Return true if the memory reference R may overlap one of TAINTED.
   Type-based disambiguation is not used: the bytes of a pointer read
   through an integer type are what is looked for.  */

static bool
escape_ref_tainted_p (ao_ref *r, vec<ao_ref> *tainted)
{
  for (unsigned i = 0; i < tainted->length (); i++)
    if (refs_may_alias_p_1 (r, &(*tainted)[i], false))
      return true;
  return false;
}

/* Return true if pointer argument PTR of a call may point into one of
   TAINTED (any number of bytes from PTR on).  */

static bool
escape_ptr_arg_tainted_p (tree ptr, vec<ao_ref> *tainted)
{
  if (!POINTER_TYPE_P (TREE_TYPE (ptr)))
    return false;
  ao_ref r;
  ao_ref_init_from_ptr_and_size (&r, ptr, NULL_TREE);
  return escape_ref_tainted_p (&r, tainted);
}

/* Part 3, the second half: SITE's address is stored into memory; check
   that nothing in FUN reads that memory as data.  TAINTED starts as the
   memory of the stores and grows by the destinations of aggregate
   copies and of builtin calls (memcpy, strcpy, ...) that read it.  Then
   a load of a non-pointer value from tainted memory fails, and so does
   every call or asm that may read it, but for the builtins that only
   copy it.  Return false after recording the verdict.  */

static bool
escape_check_data_reads (function *fun, struct escape_site *site)
{
  auto_vec<ao_ref> tainted;
  hash_set<gimple *> copied;
  for (unsigned i = 0; i < site->graph.uses.length (); i++)
    if (site->graph.uses[i].kind == USE_STORE)
      {
	ao_ref r;
	ao_ref_init (&r, gimple_get_lhs (site->graph.uses[i].stmt));
	tainted.safe_push (r);
      }

  basic_block bb;
  /* Grow TAINTED to a fixed point; each statement adds at most once.  */
  for (bool changed = true; changed;)
    {
      changed = false;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    if (copied.contains (stmt))
	      continue;
	    if (gimple_assign_single_p (stmt) && gimple_assign_load_p (stmt)
		&& !is_gimple_reg (gimple_assign_lhs (stmt)))
	      {
		/* An aggregate copy from memory to memory.  */
		ao_ref r;
		ao_ref_init (&r, gimple_assign_rhs1 (stmt));
		if (!escape_ref_tainted_p (&r, &tainted))
		  continue;
		ao_ref_init (&r, gimple_assign_lhs (stmt));
		tainted.safe_push (r);
		copied.add (stmt);
		changed = true;
	      }
	    else if (is_gimple_call (stmt)
		     && escape_libc_builtin_copies_p (stmt))
	      {
		/* A builtin that reads tainted memory may write it
		   anywhere it writes.  Other calls are covered by the
		   points-to escape facts above.  */
		bool reads = false;
		for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
		  reads |= escape_ptr_arg_tainted_p (gimple_call_arg (stmt, i),
						     &tainted);
		if (!reads)
		  continue;
		for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
		  {
		    tree arg = gimple_call_arg (stmt, i);
		    if (!POINTER_TYPE_P (TREE_TYPE (arg)))
		      continue;
		    ao_ref r;
		    ao_ref_init_from_ptr_and_size (&r, arg, NULL_TREE);
		    tainted.safe_push (r);
		  }
		tree lhs = gimple_call_lhs (stmt);
		if (lhs && !is_gimple_reg (lhs))
		  {
		    ao_ref r;
		    ao_ref_init (&r, lhs);
		    tainted.safe_push (r);
		  }
		copied.add (stmt);
		changed = true;
	      }
	  }
    }

  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	bool bad = false;
	if (gimple_assign_single_p (stmt) && gimple_assign_load_p (stmt))
	  {
	    tree lhs = gimple_assign_lhs (stmt);
	    if (is_gimple_reg (lhs) && !POINTER_TYPE_P (TREE_TYPE (lhs)))
	      {
		ao_ref r;
		ao_ref_init (&r, gimple_assign_rhs1 (stmt));
		bad = escape_ref_tainted_p (&r, &tainted);
	      }
	  }
	else if (is_gimple_call (stmt) || gimple_code (stmt) == GIMPLE_ASM)
	  {
	    /* A builtin that only copies tainted memory (its result, if
	       any, is an argument) was followed above.  Any other call or
	       asm that may read tainted memory may compute data from it:
	       memchr's result, strlen's, a callee of this unit walking the
	       bytes of the pointer (modref then says the argument does
	       not escape, and points-to analysis agrees).  A callee whose
	       summary says it reads only pointers from memory it does
	       not own is fine.  */
	    gcall *call = dyn_cast <gcall *> (stmt);
	    if (call && copied.contains (call)
		&& (gimple_call_lhs (call) == NULL_TREE
		    || (gimple_call_return_flags (call) & ERF_RETURNS_ARG)))
	      continue;
	    /* A callee of this unit that reads nothing but pointers from
	       memory it does not own (summary.cc).  */
	    if (call && !escape_callee_reads_data_p (call))
	      continue;
	    for (unsigned i = 0; i < tainted.length () && !bad; i++)
	      bad = ref_maybe_used_by_stmt_p (stmt, &tainted[i], false);
	  }
	if (bad)
	  {
	    escape_set_verdict (site, ESCAPE_STORED_READ_AS_DATA, stmt,
				NULL_TREE, 0);
	    return false;
	  }
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
  site->verdict.n = (r == ESCAPE_BAD_ALIGN ? site->alloc.req_align
		     : site->alloc.size);
  site->verdict.m = escape_opts.max_object_size;
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
  if (site->graph.store && !escape_check_reaching_calls (fun, site))
    return;
  if (site->graph.store && !escape_check_data_reads (fun, site))
    return;
  if (site->graph.store
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
    escape_place_bump (fun, site, used);
  else if (site->alloc.size_known)
    {
      site->place.kind = SLOT_FIXED;
      site->place.size = site->alloc.size;
      escape_check_budget (fun, site, used);
    }
  else
    escape_place_variable (fun, site, ranger, used);
}
