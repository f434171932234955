/* taint.cc -- reading memory as data.

   Owns the rule "a stored address is never read back as data".  GCC's
   points-to analysis follows an address stored into memory into the
   pointers loaded back from there, but not through integer arithmetic
   or control flow: an address read back as an integer can be rebuilt
   bit by bit where the points-to facts have lost it (issue 13).  So
   the data reads are what is looked for, in two places:

   1. For an allocation site whose address is stored into memory (part
      3 of solve.cc): no statement of the function may read that memory,
      or memory copied from there, as anything but a pointer
      (escape_check_data_reads).

   2. For a function's summary (summary.cc, kept by callee.cc): may it
      read memory it does not own as data (escape_function_reads_data_p)?
      A call of it in 1 then counts as such a read; without a summary,
      every call that may read the memory does.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

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

bool
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
	       memory it does not own (2 above).  */
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

/* Return true if the pointer NAME, loaded by FUN from memory it does not
   own, may have its value (the address, not what it points to) turned
   into data: follow it through copies, pointer arithmetic, PHIs and
   calls that return it; it may be used as the address of a load or a
   store, compared for equality, or passed to a callee of this unit
   whose parameter summary says it neither captures nor frees it.  Any
   other use (a conversion to an integer, a store of the pointer itself,
   a return, an asm, a relational comparison, a MIN or MAX, an unknown
   callee) may
   reveal the address to code that rebuilds it where points-to analysis
   cannot follow it (issue 13: a noinline callee converting the loaded
   address bit by bit).  */

static bool
escape_loaded_pointer_exposed_p (tree name)
{
  auto_bitmap visited;
  auto_vec<tree> worklist;
  worklist.safe_push (name);
  bitmap_set_bit (visited, SSA_NAME_VERSION (name));
  while (!worklist.is_empty ())
    {
      tree cur = worklist.pop ();
      imm_use_iterator iter;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, iter, cur)
	{
	  if (is_gimple_debug (use))
	    continue;
	  tree follow = NULL_TREE;
	  bool ok = false;
	  if (gphi *phi = dyn_cast <gphi *> (use))
	    follow = gimple_phi_result (phi);
	  else if (gassign *as = dyn_cast <gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (as);
	      enum tree_code code = gimple_assign_rhs_code (as);
	      if (gimple_assign_single_p (as)
		  && gimple_assign_rhs1 (as) != cur
		  && TREE_CODE (gimple_assign_rhs1 (as)) != ADDR_EXPR
		  && (gimple_store_p (as) || gimple_assign_load_p (as)))
		/* CUR is only the address of the memory accessed.  */
		ok = true;
	      else if (code == MIN_EXPR || code == MAX_EXPR
		       || (code == COND_EXPR
			   && COMPARISON_CLASS_P (gimple_assign_rhs1 (as))
			   && escape_ordering_code_p
				(TREE_CODE (gimple_assign_rhs1 (as)))
			   && (TREE_OPERAND (gimple_assign_rhs1 (as), 0) == cur
			       || TREE_OPERAND (gimple_assign_rhs1 (as), 1)
				  == cur)))
		/* An order against another pointer: exposed.  */
		ok = false;
	      else if (TREE_CODE (lhs) == SSA_NAME
		       && POINTER_TYPE_P (TREE_TYPE (lhs)))
		follow = lhs;
	      else if (code == EQ_EXPR || code == NE_EXPR)
		ok = true;
	    }
	  else if (gcond *cond = dyn_cast <gcond *> (use))
	    ok = (gimple_cond_code (cond) == EQ_EXPR
		  || gimple_cond_code (cond) == NE_EXPR);
	  else if (gcall *call = dyn_cast <gcall *> (use))
	    {
	      ok = true;
	      for (unsigned i = 0; i < gimple_call_num_args (call) && ok; i++)
		{
		  if (gimple_call_arg (call, i) != cur)
		    continue;
		  int effects;
		  if (escape_free_call_p (call))
		    continue;
		  if (!escape_param_summary (call, i + 1, &effects)
		      || (effects & ESCAPE_EFFECT_CAPTURES))
		    ok = false;
		  else if (effects & ESCAPE_EFFECT_RETURNS)
		    {
		      tree lhs = gimple_call_lhs (call);
		      if (lhs && (TREE_CODE (lhs) != SSA_NAME
				  || !POINTER_TYPE_P (TREE_TYPE (lhs))))
			ok = false;
		      else if (lhs)
			follow = lhs;
		    }
		}
	      /* The static chain is the address of the caller's frame.  */
	      if (gimple_call_chain (call) == cur)
		ok = false;
	    }
	  if (follow)
	    {
	      if (bitmap_set_bit (visited, SSA_NAME_VERSION (follow)))
		worklist.safe_push (follow);
	      ok = true;
	    }
	  if (!ok)
	    return true;
	}
    }
  return false;
}

/* Return true if FUN may read memory it does not own as data: a load of
   a non-pointer value (or an aggregate) from anything but its own
   automatic variables, a pointer loaded from memory it does not own
   whose value may become data (escape_loaded_pointer_exposed_p), a
   builtin or internal call reading memory, an asm, or a call whose
   callee may.  Other pointer loads are left out: a stored address read
   back as a pointer and only dereferenced is followed by points-to
   analysis; read as data it could be rebuilt where it is not.  */

bool
escape_function_reads_data_p (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (gimple_assign_single_p (stmt) && gimple_assign_load_p (stmt))
	  {
	    tree lhs = gimple_assign_lhs (stmt);
	    tree base = get_base_address (gimple_assign_rhs1 (stmt));
	    if (base && VAR_P (base) && auto_var_in_fn_p (base, fun->decl))
	      continue;
	    if (TREE_CODE (lhs) == SSA_NAME && POINTER_TYPE_P (TREE_TYPE (lhs))
		&& !escape_loaded_pointer_exposed_p (lhs))
	      continue;
	    return true;
	  }
	if (gimple_code (stmt) == GIMPLE_ASM)
	  return true;
	gcall *call = dyn_cast <gcall *> (stmt);
	if (call == NULL)
	  continue;
	if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	    || gimple_call_internal_p (call))
	  {
	    if (escape_libc_reads_no_data_p (call))
	      continue;
	    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	      if (POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i))))
		return true;
	    continue;
	  }
	if (escape_callee_reads_data_p (call))
	  return true;
      }
  return false;
}
