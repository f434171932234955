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

   The summary is field-sensitive (issue 11): it lists, for each
   pointer parameter, the byte ranges the function reads as data at a
   constant offset from the parameter's value (through copies of it,
   constant pointer arithmetic, and the ranges its own callees read
   through it); a read through a parameter at a variable offset or of
   unknown size covers every byte there; and "elsewhere" stands for
   every data read it cannot attribute so: through a pointer loaded
   from memory, a global, the static chain, an asm, a builtin argument
   that is no parameter, a callee without a summary or that reads
   elsewhere itself.  In 1, a call reaching a tainted byte range R of a
   local variable V, to a callee whose summary has no "elsewhere", is
   no data read when every argument that may point into V is V's
   address plus a constant C and no range [O, O+S) of its parameter
   has [C+O, C+O+S) overlapping R.  Why that is sound:

   - Every data read the callee makes of memory it does not own is in
     its summary: a load of a non-pointer or aggregate value, an
     exposed pointer load, a builtin reading through an argument, a
     callee's read through an argument, each is attributed to a
     parameter at a constant offset, to a parameter as a whole, or to
     "elsewhere".  Its own automatic variables hold tainted bytes only
     after one of these reads copied them there (a pointer it loads
     and stores into one is exposed), and those were counted.
   - Without "elsewhere", the callee reads data only at P+O for a
     parameter P: with P = &V + C, that is V's bytes [C+O, C+O+S);
     an argument that cannot point into V reads nothing of V.  A
     negative O (container_of) is kept as it is, so the sum is exact.
   - Reading the bytes of the buffer sb->buf points to is a read
     through a LOADED pointer: it is "elsewhere", not attributed.  It
     can reach the tainted bytes only if a pointer to V (or, when the
     tainted bytes are inside the object, to the object) is stored in
     memory the callee reaches; proving that no such pointer exists
     needs the caller's points-to closure of the memory it passes,
     which this rule does not compute, so such reads stay as
     conservative as before (a helper that hashes sb->buf's bytes
     still keeps the buffer on the heap).
   - Copies of the tainted memory (aggregate copies, memcpy) taint
     their whole destination (1), so a callee reading any byte of a
     copy is a data read as before.

   3. Field sensitivity for the site's own objects (issue 10).  The
      alias oracle cannot compare the offsets of references through two
      different pointers: the store "m->next = head" and the read
      "p->score" of a list walk overlap for it.  They cannot, when both
      pointers point to an object's start.  START is the greatest set
      of pointer names such that each member is
	- the allocation's result;
	- a copy or pointer conversion of a member;
	- a PHI whose arguments are members or null constants; or
	- a pointer loaded, exactly (offset P, size 8 on LP64), through a
	  member from a clean field [P, P+8): every statement of the
	  function that may write into the site's objects (the alias
	  oracle's answer for the allocation's pointer, less the
	  allocation itself and the frees and reallocs of part 2 of
	  solve.cc) is a store through a member at a constant place that
	  misses [P, P+8), or is exactly [P, P+8) and stores a member
	  or a null constant.
      Then, by induction over any execution: every member holds null or
      the start of one of the site's objects, and every clean field of
      every such object holds null, such a start, or nothing written
      yet (reading that is undefined).  A new object has no written
      bytes; a store keeps the field invariant by the clean-field rule
      (a store through a name outside START, a call or an asm that may
      write the objects makes every field it may touch unclean); each
      kind of member keeps the name invariant.  So a reference through
      a member at a constant offset O and extent S touches exactly the
      bytes [O, O+S) of an object of the site (or faults on null), and
      two such references overlap only if their ranges do, whichever
      objects they reach (escape_refs_overlap_p).  Anything else - a
      pointer into the middle of an object (a pointer plus a constant
      or variable, an address of a field), a variable offset, a
      reference through a pointer with no such proof, the unknown
      extent of a memcpy's or a call's argument, a char pointer walking
      over a node - is judged by the alias oracle as before.

   4. Closed structures.  GCC's points-to analysis has one variable for
      all the objects of a site and does not tell their fields apart:
      an integer loaded from a node carries, for it, the addresses the
      nodes hold, so a list whose data is returned, or passed to a call,
      "escapes", and any call (abort's signal handler) may use it.  A
      site is closed when its address is stored only into its own
      objects at constant places through members of START (every
      tainted reference, copies included, is such a reference) and no
      realloc may move one of them.  Then no byte outside the site's
      objects ever holds their address, so, given 3 and part 2 of
      solve.cc (every name that may hold the address is judged), code
      that is not given a pointer that may point to them (an argument,
      the static chain, or an aggregate passed by value from memory)
      and does not store its result into memory (`n->r = f ()' writes
      the object without being given a pointer to it: such a call is
      judged as one given a pointer) cannot reach them: such a call
      neither writes (START) nor reads
      (the data reads) them, and their escape in the points-to facts
      comes only from data whose bytes 3 proves are not the stored
      addresses (solve.cc then does not decline for it).  A call that
      is given such a pointer is judged as before (the alias oracle
      and the callee's summary, which counts storing or exposing a
      loaded pointer as reading data).  The check runs first assuming
      the site closed; if it is not, it runs again without that
      assumption, so the assumption is used only when it holds.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The field-sensitive view of one site's own objects (3 in the header
   comment): START holds the SSA versions of the names whose value is
   always null or the start of an object of the site (NULL: no view,
   every reference is judged by the alias oracle alone).  */

struct escape_own_view
{
  bitmap start;
};

/* Return true if the memory reference R lies in an object of the view's
   site at a constant place: its base is *P for a name P of VIEW->start,
   and its offset and extent are constants.  Set [*LO, *HI) to the bits
   of the object it may touch.  */

static bool
escape_own_range (ao_ref *r, const struct escape_own_view *view,
		  HOST_WIDE_INT *lo, HOST_WIDE_INT *hi)
{
  if (view == NULL || view->start == NULL)
    return false;
  tree base = ao_ref_base (r);
  if (base == NULL_TREE || TREE_CODE (base) != MEM_REF
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME
      || !bitmap_bit_p (view->start,
			SSA_NAME_VERSION (TREE_OPERAND (base, 0))))
    return false;
  HOST_WIDE_INT off, max;
  if (!r->offset.is_constant (&off) || !r->max_size.is_constant (&max)
      || max < 0)
    return false;
  poly_offset_int moff = mem_ref_offset (base);
  poly_int64 pm;
  HOST_WIDE_INT m;
  const HOST_WIDE_INT lim = (HOST_WIDE_INT) 1 << 40;
  if (!moff.to_shwi (&pm) || !pm.is_constant (&m) || m > lim || m < -lim
      || off > lim || off < -lim || max > lim)
    return false;
  *lo = off + m * BITS_PER_UNIT;
  *hi = *lo + max;
  return true;
}

/* Return true if the memory references R and T may overlap.  When both
   lie in objects of the view's site at constant places, they overlap
   only if their bit ranges do (3 in the header comment); otherwise the
   alias oracle decides.  Type-based disambiguation is not used: the
   bytes of a pointer read through an integer type are what is looked
   for.  */

static bool
escape_refs_overlap_p (ao_ref *r, ao_ref *t,
		       const struct escape_own_view *view)
{
  if (!refs_may_alias_p_1 (r, t, false))
    return false;
  HOST_WIDE_INT rlo, rhi, tlo, thi;
  if (escape_own_range (r, view, &rlo, &rhi)
      && escape_own_range (t, view, &tlo, &thi))
    return rlo < thi && tlo < rhi;
  return true;
}

/* Return true if the memory reference R may overlap one of TAINTED
   (VIEW: the site's own objects, or NULL).  */

static bool
escape_ref_tainted_p (ao_ref *r, vec<ao_ref> *tainted,
		      const struct escape_own_view *view = NULL)
{
  for (unsigned i = 0; i < tainted->length (); i++)
    if (escape_refs_overlap_p (r, &(*tainted)[i], view))
      return true;
  return false;
}

/* Return true if pointer argument PTR of a call may point into one of
   TAINTED (any number of bytes from PTR on).  */

static bool
escape_ptr_arg_tainted_p (tree ptr, vec<ao_ref> *tainted,
			  const struct escape_own_view *view)
{
  if (!POINTER_TYPE_P (TREE_TYPE (ptr)))
    return false;
  ao_ref r;
  ao_ref_init_from_ptr_and_size (&r, ptr, NULL_TREE);
  return escape_ref_tainted_p (&r, tainted, view);
}

/* Return true if the bits [LO, HI) of SITE's objects only ever hold
   null or the start of one of its objects, as far as the statements
   WRITES (every statement of the function that may write into the
   site's objects) and the names of VIEW->start tell: every write is a
   store through a name of VIEW->start at a constant place that either
   misses [LO, HI) or is exactly [LO, HI) and stores a name of
   VIEW->start or a null constant.  */

static bool
escape_own_field_clean_p (vec<gimple *> *writes,
			  const struct escape_own_view *view,
			  HOST_WIDE_INT lo, HOST_WIDE_INT hi)
{
  for (unsigned i = 0; i < writes->length (); i++)
    {
      gimple *w = (*writes)[i];
      if (!gimple_assign_single_p (w) || !gimple_store_p (w))
	return false;
      ao_ref r;
      ao_ref_init (&r, gimple_assign_lhs (w));
      HOST_WIDE_INT wlo, whi, size;
      if (!escape_own_range (&r, view, &wlo, &whi))
	return false;
      if (whi <= lo || hi <= wlo)
	continue;
      tree val = gimple_assign_rhs1 (w);
      if (wlo != lo || whi != hi
	  || !r.size.is_constant (&size) || size != hi - lo
	  || !POINTER_TYPE_P (TREE_TYPE (val)))
	return false;
      if (TREE_CODE (val) == SSA_NAME
	  ? !bitmap_bit_p (view->start, SSA_NAME_VERSION (val))
	  : !integer_zerop (val))
	return false;
    }
  return true;
}

/* Return true if the name NAME, a member of VIEW->start, still
   qualifies: it is SITE's allocation result, a copy or pointer
   conversion of a member, a PHI of members and null constants, or a
   pointer loaded from exactly a clean field (escape_own_field_clean_p)
   of an object reached through a member.  */

static bool
escape_own_start_p (struct escape_site *site, tree name,
		    vec<gimple *> *writes, const struct escape_own_view *view)
{
  if (name == site->alloc.ptr)
    return true;
  gimple *def = SSA_NAME_DEF_STMT (name);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
	{
	  tree arg = gimple_phi_arg_def (phi, k);
	  if (TREE_CODE (arg) == SSA_NAME
	      ? !bitmap_bit_p (view->start, SSA_NAME_VERSION (arg))
	      : !integer_zerop (arg))
	    return false;
	}
      return true;
    }
  gassign *as = dyn_cast <gassign *> (def);
  if (as == NULL)
    return false;
  tree rhs1 = gimple_assign_rhs1 (as);
  if (gimple_assign_load_p (as))
    {
      if (!gimple_assign_single_p (as))
	return false;
      ao_ref r;
      ao_ref_init (&r, rhs1);
      HOST_WIDE_INT lo, hi, size;
      return (escape_own_range (&r, view, &lo, &hi)
	      && r.size.is_constant (&size) && size == hi - lo
	      && escape_own_field_clean_p (writes, view, lo, hi));
    }
  if ((gimple_assign_single_p (as)
       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (as)))
      && TREE_CODE (rhs1) == SSA_NAME && POINTER_TYPE_P (TREE_TYPE (rhs1)))
    return bitmap_bit_p (view->start, SSA_NAME_VERSION (rhs1));
  return false;
}

/* Return true if the pointer NAME may point to SITE's objects in a
   closed structure (4 in the header comment): its points-to set names
   them, or is unknown.  The "escaped" part of the set does not count:
   the site's objects are in it only because of data that 3 proves is
   not their address.  */

static bool
escape_ptr_may_point_to_own_p (tree name, struct escape_site *site)
{
  if (!POINTER_TYPE_P (TREE_TYPE (name)))
    return false;
  struct ptr_info_def *pi = SSA_NAME_PTR_INFO (name);
  return (pi == NULL || pi->pt.anything || pi->pt.ipa_escaped
	  || (pi->pt.vars && bitmap_bit_p (pi->pt.vars,
					   site->graph.heap_uid)));
}

/* Return true if the call CALL may be given a way to reach the objects
   of SITE, a closed structure (4 in the header comment): a pointer
   argument (or the static chain) that may point to one of them, an
   argument passed by value from memory, or a result stored into memory
   (`n->r = f ()' is one call statement that writes into the object, and
   the callee needs no pointer for it).  */

bool
escape_call_may_reach_own_p (gcall *call, struct escape_site *site)
{
  tree lhs = gimple_call_lhs (call);
  if (lhs && TREE_CODE (lhs) != SSA_NAME)
    return true;
  tree chain = gimple_call_chain (call);
  if (chain && (TREE_CODE (chain) != SSA_NAME
		|| escape_ptr_may_point_to_own_p (chain, site)))
    return true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (TREE_CODE (arg) == SSA_NAME)
	{
	  if (escape_ptr_may_point_to_own_p (arg, site))
	    return true;
	}
      else if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  if (base == NULL_TREE || !DECL_P (base))
	    return true;
	}
      else if (!is_gimple_min_invariant (arg))
	return true;
    }
  return false;
}

/* Fill VIEW->start for SITE of FUN (3 in the header comment): the
   greatest set of pointer names that escape_own_start_p accepts, found
   by removing names from the candidates until none fails.  WRITES are
   the statements that may write into the site's objects: every
   statement with a virtual definition that the alias oracle says may
   clobber them, but for the allocation itself and the frees and
   reallocs of the object (part 2 of solve.cc), which change no byte of
   a live object.  */

static void
escape_own_view_init (function *fun, struct escape_site *site,
		      bool assume_closed, struct escape_own_view *view)
{
  view->start = NULL;
  if (site->alloc.ptr == NULL_TREE
      || TREE_CODE (site->alloc.ptr) != SSA_NAME)
    return;
  ao_ref obj;
  ao_ref_init_from_ptr_and_size (&obj, site->alloc.ptr, NULL_TREE);
  auto_vec<gimple *> writes;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (!gimple_vdef (stmt) || stmt == site->alloc.call)
	  continue;
	gcall *call = dyn_cast <gcall *> (stmt);
	if (call && (site->graph.frees.contains (call)
		     || site->graph.reallocs.contains (call)))
	  continue;
	if (call && assume_closed && !escape_call_may_reach_own_p (call, site))
	  continue;
	if (stmt_may_clobber_ref_p_1 (stmt, &obj, false))
	  writes.safe_push (stmt);
      }

  bitmap start = BITMAP_ALLOC (NULL);
  view->start = start;
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, fun)
    if (POINTER_TYPE_P (TREE_TYPE (name)) && !SSA_NAME_IS_DEFAULT_DEF (name))
      bitmap_set_bit (start, i);
  if (!bitmap_bit_p (start, SSA_NAME_VERSION (site->alloc.ptr)))
    {
      BITMAP_FREE (view->start);
      return;
    }
  for (bool changed = true; changed;)
    {
      changed = false;
      bitmap_iterator bi;
      auto_vec<unsigned> drop;
      EXECUTE_IF_SET_IN_BITMAP (start, 0, i, bi)
	if (!escape_own_start_p (site, ssa_name (i), &writes, view))
	  drop.safe_push (i);
      for (unsigned k = 0; k < drop.length (); k++)
	bitmap_clear_bit (start, drop[k]);
      changed = !drop.is_empty ();
    }
}

/* Make sure SITE's graph holds in own_start the SSA versions of FUN's
   names that always hold null or the start of one of SITE's objects
   (START, 3 in the header comment), or NULL if there is no view: the
   data-read check's, when it ran and passed (its last run, the one
   whose assumption of a closed structure held), else computed here,
   with no such assumption.  */

void
escape_own_start (function *fun, struct escape_site *site)
{
  if (site->graph.own_start)
    return;
  struct escape_own_view view;
  escape_own_view_init (fun, site, site->graph.own_closed, &view);
  site->graph.own_start = view.start;
}

/* Return true if pointer ARG of a call in the current function equals
   the address of DECL plus a constant: set *OFF to that constant, in
   bits.  Follows copies, conversions and constant pointer
   arithmetic.  */

static bool
escape_arg_decl_offset (tree arg, tree decl, HOST_WIDE_INT *off)
{
  HOST_WIDE_INT add = 0;
  for (int steps = 0; steps < 16; steps++)
    {
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  poly_int64 pbytes;
	  HOST_WIDE_INT bytes;
	  tree base = get_addr_base_and_unit_offset (TREE_OPERAND (arg, 0),
						     &pbytes);
	  if (base != decl || !pbytes.is_constant (&bytes)
	      || bytes > ((HOST_WIDE_INT) 1 << 40)
	      || bytes < -((HOST_WIDE_INT) 1 << 40))
	    return false;
	  *off = add + bytes * BITS_PER_UNIT;
	  return true;
	}
      if (TREE_CODE (arg) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (arg))
	return false;
      gassign *as = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (arg));
      if (as == NULL)
	return false;
      enum tree_code code = gimple_assign_rhs_code (as);
      tree rhs1 = gimple_assign_rhs1 (as);
      if (code == POINTER_PLUS_EXPR)
	{
	  tree cst = gimple_assign_rhs2 (as);
	  if (TREE_CODE (cst) != INTEGER_CST)
	    return false;
	  HOST_WIDE_INT c = (HOST_WIDE_INT) TREE_INT_CST_LOW (cst);
	  if (c > ((HOST_WIDE_INT) 1 << 40) || c < -((HOST_WIDE_INT) 1 << 40))
	    return false;
	  add += c * BITS_PER_UNIT;
	}
      else if (!(gimple_assign_single_p (as)
		 && (TREE_CODE (rhs1) == SSA_NAME
		     || TREE_CODE (rhs1) == ADDR_EXPR))
	       && !(CONVERT_EXPR_CODE_P (code)
		    && POINTER_TYPE_P (TREE_TYPE (rhs1))))
	return false;
      arg = rhs1;
    }
  return false;
}

/* Return true if the call STMT, whose callee reads data (DATA) only
   through its pointer parameters, at byte ranges of its summary, reads
   none of the tainted bytes R: R lies in a local variable, and each
   argument that may point into that variable is its address plus a
   constant and no range of the parameter overlaps R from there.  */

static bool
escape_call_misses_ref_p (gcall *stmt, const struct escape_data_reads *data,
			  ao_ref *r)
{
  if (data->elsewhere)
    return false;
  if (data->count == 0)
    return true;
  tree decl = ao_ref_base (r);
  if (!DECL_P (decl))
    return false;
  HOST_WIDE_INT toff, tsize;
  if (!r->offset.is_constant (&toff) || !r->max_size.is_constant (&tsize)
      || tsize < 0)
    tsize = -1;
  /* The whole variable: an argument pointing into it at an offset
     below R may still be read at R.  */
  ao_ref whole;
  ao_ref_init (&whole, decl);
  if (gimple_call_chain (stmt))
    {
      ao_ref cr;
      ao_ref_init_from_ptr_and_size (&cr, gimple_call_chain (stmt), NULL_TREE);
      if (refs_may_alias_p_1 (&cr, &whole, false))
	return false;
    }
  for (unsigned k = 0; k < data->count; k++)
    {
      const struct escape_data_range *dr = &data->ranges[k];
      tree arg = gimple_call_arg (stmt, dr->parm);
      /* An address passed as an integer (an unprototyped callee).  */
      if (!POINTER_TYPE_P (TREE_TYPE (arg)))
	return false;
      ao_ref ar;
      ao_ref_init_from_ptr_and_size (&ar, arg, NULL_TREE);
      if (!refs_may_alias_p_1 (&ar, &whole, false))
	continue;
      HOST_WIDE_INT aoff;
      if (dr->size < 0 || tsize < 0
	  || !escape_arg_decl_offset (arg, decl, &aoff))
	return false;
      HOST_WIDE_INT lo = aoff + dr->offset;
      if (lo < toff + tsize && toff < lo + dr->size)
	return false;
    }
  return true;
}

/* Part 3, the second half: SITE's address is stored into memory; check
   that nothing in FUN reads that memory as data.  TAINTED starts as the
   memory of the stores and grows by the destinations of aggregate
   copies and of builtin calls (memcpy, strcpy, ...) that read it.  Then
   a load of a non-pointer value from tainted memory fails, and so does
   every call or asm that may read it, but for the builtins that only
   copy it.  Return false after recording the verdict.  */

static bool
escape_check_data_reads_1 (function *fun, struct escape_site *site,
			   bool assume_closed)
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
  struct escape_own_view view;
  if (site->graph.own_start)
    BITMAP_FREE (site->graph.own_start);
  escape_own_view_init (fun, site, assume_closed, &view);

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
		if (!escape_ref_tainted_p (&r, &tainted, &view))
		  continue;
		ao_ref_init (&r, gimple_assign_lhs (stmt));
		tainted.safe_push (r);
		copied.add (stmt);
		changed = true;
	      }
	    else if (is_gimple_call (stmt)
		     && escape_libc_builtin_copies_p (stmt)
		     /* free writes nothing a live object could read.  */
		     && !gimple_call_builtin_p (stmt, BUILT_IN_FREE))
	      {
		/* A builtin that reads tainted memory may write it
		   anywhere it writes.  Other calls are covered by the
		   points-to escape facts above.  */
		bool reads = false;
		for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
		  reads |= escape_ptr_arg_tainted_p (gimple_call_arg (stmt, i),
						     &tainted, &view);
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

  /* Closed (4 in the header comment): the address is stored only into
     the site's own objects at constant places.  */
  site->graph.own_closed = (assume_closed && view.start != NULL
			    && site->graph.reallocs.is_empty ());
  for (unsigned i = 0; i < tainted.length () && site->graph.own_closed; i++)
    {
      HOST_WIDE_INT lo, hi;
      if (!escape_own_range (&tainted[i], &view, &lo, &hi))
	site->graph.own_closed = false;
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
		bad = escape_ref_tainted_p (&r, &tainted, &view);
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
	    /* Or that reads data only through its pointer parameters, at
	       byte ranges that miss the tainted bytes (2 above).  */
	    const struct escape_data_reads *data
	      = call ? escape_callee_data_reads (call) : NULL;
	    /* Closed: only a call given a pointer that may point to the
	       site's objects can reach them (4 in the header comment).  */
	    if (call && site->graph.own_closed
		&& !escape_call_may_reach_own_p (call, site))
	      continue;
	    for (unsigned i = 0; i < tainted.length () && !bad; i++)
	      bad = (ref_maybe_used_by_stmt_p (stmt, &tainted[i], false)
		     && !(data
			  && escape_call_misses_ref_p (call, data,
						       &tainted[i])));
	  }
	if (bad)
	  {
	    escape_set_verdict (site, ESCAPE_STORED_READ_AS_DATA, stmt,
				NULL_TREE, 0);
	    BITMAP_FREE (view.start);
	    return false;
	  }
      }
  /* Kept for the rewrite (escape_own_start).  */
  site->graph.own_start = view.start;
  return true;
}

/* Part 3, the second half: check that nothing in FUN reads the memory
   SITE's address is stored into as data (escape_check_data_reads_1).
   First on the assumption that the structure is closed (4 in the
   header comment), which lets calls that are given no way to reach the
   site's objects neither read nor write them; if it turns out not to
   be closed, again without that assumption.  Return false after
   recording the verdict.  */

bool
escape_check_data_reads (function *fun, struct escape_site *site)
{
  if (escape_check_data_reads_1 (fun, site, true)
      && site->graph.own_closed)
    return true;
  site->graph.own_closed = false;
  escape_set_verdict (site, ESCAPE_PROMOTED, NULL, NULL_TREE, 0);
  return escape_check_data_reads_1 (fun, site, false);
}

/* Return true if the pointer NAME, loaded by FUN from memory it does not
   own, may have its value (the address, not what it points to) turned
   into data: follow it through copies, pointer arithmetic, PHIs and
   calls that return it; it may be used as the address of a load or a
   store, compared for equality, passed to a callee of this unit
   whose parameter summary says it neither captures nor frees it, or
   passed to a string or memory builtin that only reads and writes
   through it (escape_safe_builtin_p: memcpy's destination), whose
   pointer result is followed.  Any
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
		  /* A string or memory builtin only reads and writes
		     through it (memcpy's destination); a pointer it
		     returns is followed, a length or comparison it
		     returns is computed from the bytes, not from the
		     address.  */
		  if (escape_safe_builtin_p (call))
		    {
		      tree lhs = gimple_call_lhs (call);
		      if (lhs && POINTER_TYPE_P (TREE_TYPE (lhs)))
			{
			  if (TREE_CODE (lhs) != SSA_NAME)
			    ok = false;
			  else
			    follow = lhs;
			}
		      continue;
		    }
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

/* Return true if pointer PTR of FUN is the value of one of FUN's first
   ESCAPE_MAX_PARAMS parameters plus an offset: set *PARM to its 0-based
   number (if *PARM is not -1 already, only that parameter matches),
   and *OFF to the offset in bits when it is a constant, else clear
   *KNOWN.  Follows copies, conversions, pointer arithmetic, addresses
   of references through the pointer and PHIs (whose offset is taken
   as unknown); VISITED holds the PHIs seen.  */

static bool
escape_param_offset_1 (function *fun, tree ptr, bitmap visited, int *parm,
		       HOST_WIDE_INT *off, bool *known)
{
  HOST_WIDE_INT add = 0;
  const HOST_WIDE_INT lim = (HOST_WIDE_INT) 1 << 40;
  for (int steps = 0; steps < 64; steps++)
    {
      if (TREE_CODE (ptr) == ADDR_EXPR)
	{
	  poly_int64 pbytes;
	  HOST_WIDE_INT bytes;
	  tree base = get_addr_base_and_unit_offset (TREE_OPERAND (ptr, 0),
						     &pbytes);
	  if (base == NULL_TREE)
	    {
	      base = get_base_address (TREE_OPERAND (ptr, 0));
	      *known = false;
	    }
	  else if (!pbytes.is_constant (&bytes) || bytes > lim || bytes < -lim)
	    *known = false;
	  else
	    add += bytes * BITS_PER_UNIT;
	  if (base == NULL_TREE || TREE_CODE (base) != MEM_REF)
	    return false;
	  poly_offset_int moff = mem_ref_offset (base);
	  poly_int64 pm;
	  HOST_WIDE_INT m;
	  if (!moff.to_shwi (&pm) || !pm.is_constant (&m) || m > lim
	      || m < -lim)
	    *known = false;
	  else
	    add += m * BITS_PER_UNIT;
	  ptr = TREE_OPERAND (base, 0);
	  continue;
	}
      if (TREE_CODE (ptr) != SSA_NAME)
	return false;
      if (SSA_NAME_IS_DEFAULT_DEF (ptr))
	{
	  tree var = SSA_NAME_VAR (ptr);
	  if (var == NULL_TREE || TREE_CODE (var) != PARM_DECL)
	    return false;
	  /* A declared parameter: not the static chain.  */
	  int i = 0;
	  tree p;
	  for (p = DECL_ARGUMENTS (fun->decl); p && p != var;
	       p = DECL_CHAIN (p))
	    i++;
	  if (p == NULL_TREE || i >= ESCAPE_MAX_PARAMS
	      || (*parm >= 0 && *parm != i))
	    return false;
	  *parm = i;
	  *off = add;
	  return true;
	}
      gimple *def = SSA_NAME_DEF_STMT (ptr);
      if (gphi *phi = dyn_cast <gphi *> (def))
	{
	  *known = false;
	  /* A cycle adds only offsets to what its other arguments are.  */
	  if (!bitmap_set_bit (visited, SSA_NAME_VERSION (ptr)))
	    return true;
	  for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
	    if (!escape_param_offset_1 (fun, gimple_phi_arg_def (phi, k),
					visited, parm, off, known))
	      return false;
	  return true;
	}
      gassign *as = dyn_cast <gassign *> (def);
      if (as == NULL)
	return false;
      enum tree_code code = gimple_assign_rhs_code (as);
      tree rhs1 = gimple_assign_rhs1 (as);
      if (code == POINTER_PLUS_EXPR)
	{
	  tree cst = gimple_assign_rhs2 (as);
	  HOST_WIDE_INT c = (TREE_CODE (cst) == INTEGER_CST
			     ? (HOST_WIDE_INT) TREE_INT_CST_LOW (cst) : 0);
	  if (TREE_CODE (cst) != INTEGER_CST || c > lim || c < -lim)
	    *known = false;
	  else
	    add += c * BITS_PER_UNIT;
	}
      else if (!(gimple_assign_single_p (as)
		 && (TREE_CODE (rhs1) == SSA_NAME
		     || TREE_CODE (rhs1) == ADDR_EXPR))
	       && !(CONVERT_EXPR_CODE_P (code)
		    && POINTER_TYPE_P (TREE_TYPE (rhs1))))
	return false;
      ptr = rhs1;
    }
  return false;
}

/* Add to D that the function reads bits [OFF, OFF + SIZE) as data
   through its parameter PARM (SIZE -1: any bits).  */

static void
escape_add_data_range (struct escape_data_reads *d, int parm,
		       HOST_WIDE_INT off, HOST_WIDE_INT size)
{
  for (unsigned k = 0; k < d->count; k++)
    if (d->ranges[k].parm == parm
	&& (d->ranges[k].size < 0
	    || (size >= 0 && d->ranges[k].offset <= off
		&& off + size <= d->ranges[k].offset + d->ranges[k].size)))
      return;
  if (d->count == ESCAPE_MAX_DATA_RANGES)
    {
      /* No room: no longer attributed.  */
      d->elsewhere = true;
      return;
    }
  d->ranges[d->count].parm = parm;
  d->ranges[d->count].offset = size < 0 ? 0 : off;
  d->ranges[d->count].size = size;
  d->count++;
}

/* Add to D that FUN reads memory through pointer PTR as data: the bits
   [OFF, OFF + SIZE) from it when KNOWN, else any bits.  */

static void
escape_note_ptr_read (function *fun, tree ptr, HOST_WIDE_INT off,
		      HOST_WIDE_INT size, bool known,
		      struct escape_data_reads *d)
{
  auto_bitmap visited;
  int parm = -1;
  HOST_WIDE_INT poff = 0;
  bool pknown = true;
  if (!escape_param_offset_1 (fun, ptr, visited, &parm, &poff, &pknown)
      || parm < 0)
    {
      d->elsewhere = true;
      return;
    }
  if (known && pknown && size >= 0)
    escape_add_data_range (d, parm, poff + off, size);
  else
    escape_add_data_range (d, parm, 0, -1);
}

/* Add to D that FUN reads the memory reference REF (not in one of its
   own automatic variables) as data.  */

static void
escape_note_ref_read (function *fun, tree ref, struct escape_data_reads *d)
{
  ao_ref r;
  ao_ref_init (&r, ref);
  tree base = ao_ref_base (&r);
  HOST_WIDE_INT off, size;
  bool known = (r.offset.is_constant (&off) && r.max_size.is_constant (&size)
		&& size >= 0);
  if (TREE_CODE (base) == MEM_REF)
    {
      poly_offset_int moff = mem_ref_offset (base);
      poly_int64 pm;
      HOST_WIDE_INT m;
      if (!moff.to_shwi (&pm) || !pm.is_constant (&m)
	  || m > ((HOST_WIDE_INT) 1 << 40)
	  || m < -((HOST_WIDE_INT) 1 << 40))
	known = false;
      else if (known)
	off += m * BITS_PER_UNIT;
      escape_note_ptr_read (fun, TREE_OPERAND (base, 0), off, size, known, d);
    }
  else if (TREE_CODE (base) == TARGET_MEM_REF)
    escape_note_ptr_read (fun, TMR_BASE (base), 0, -1, false, d);
  else
    d->elsewhere = true;
}

/* Add to D the data FUN reads through the arguments of its call STMT to
   a function of this unit whose summary says the callee reads data only
   through its parameters (CALLEE).  */

static void
escape_note_call_reads (function *fun, gcall *stmt,
			const struct escape_data_reads *callee,
			struct escape_data_reads *d)
{
  for (unsigned k = 0; k < callee->count; k++)
    {
      const struct escape_data_range *dr = &callee->ranges[k];
      tree arg = gimple_call_arg (stmt, dr->parm);
      /* The callee reads one of FUN's own automatic variables.  */
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  if (base && VAR_P (base) && auto_var_in_fn_p (base, fun->decl))
	    continue;
	}
      escape_note_ptr_read (fun, arg, dr->offset, dr->size, dr->size >= 0, d);
    }
}

/* Return true if FUN may read memory it does not own as data: a load of
   a non-pointer value (or an aggregate) from anything but its own
   automatic variables, a pointer loaded from memory it does not own
   whose value may become data (escape_loaded_pointer_exposed_p), a
   builtin or internal call reading memory, an asm, or a call whose
   callee may.  Other pointer loads are left out: a stored address read
   back as a pointer and only dereferenced is followed by points-to
   analysis; read as data it could be rebuilt where it is not.
   Fill *D with where: the ranges of bytes read through each pointer
   parameter at a constant offset from its value (any bytes when the
   offset or size is not constant), and D->elsewhere for every read
   that is not through a parameter (through a pointer loaded from
   memory, a global, the static chain, an asm, a callee without a
   summary or that reads elsewhere itself).  */

bool
escape_function_reads_data_p (function *fun, struct escape_data_reads *d)
{
  memset (d, 0, sizeof *d);
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
	    escape_note_ref_read (fun, gimple_assign_rhs1 (stmt), d);
	    continue;
	  }
	if (gimple_code (stmt) == GIMPLE_ASM)
	  {
	    d->elsewhere = true;
	    continue;
	  }
	gcall *call = dyn_cast <gcall *> (stmt);
	if (call == NULL)
	  continue;
	if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	    || gimple_call_internal_p (call))
	  {
	    if (escape_libc_reads_no_data_p (call))
	      continue;
	    attr_fnspec fnspec = gimple_call_fnspec (call);
	    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	      {
		tree arg = gimple_call_arg (call, i);
		if (!POINTER_TYPE_P (TREE_TYPE (arg)))
		  continue;
		/* An argument the builtin only writes through.  */
		if (fnspec.known_p () && fnspec.arg_specified_p (i)
		    && !fnspec.arg_maybe_read_p (i))
		  continue;
		escape_note_ptr_read (fun, arg, 0, -1, false, d);
	      }
	    continue;
	  }
	if (!escape_callee_reads_data_p (call))
	  continue;
	const struct escape_data_reads *callee = escape_callee_data_reads (call);
	if (callee == NULL || callee->elsewhere)
	  d->elsewhere = true;
	else
	  escape_note_call_reads (fun, call, callee, d);
      }
  return d->elsewhere || d->count > 0;
}
