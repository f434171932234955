/* rewrite.cc -- turning a promoted allocation into a stack slot.

   Owns the transformation, once the solver has proved it safe:

     p_1 = malloc (64);          p_1 = &escape_p;     (char escape_p[64])
     ...                   =>    ...
     free (p_1);                 escape_p ={v} {CLOBBER(eol)};

   The slot is a char array (char is alias set 0, so every access type
   stays valid, as it was for malloc'd memory), aligned at least as
   malloc aligns and marked user-aligned.  calloc's slot starts zeroed
   by an empty-constructor store.  The slot's DECL_PT_UID is set to the
   points-to UID of the heap variable it replaces, so every points-to
   set computed by "alias" stays valid without a rebuild (CCP does the
   same when it folds alloca).  The statements that replace the call
   and the frees take over their virtual operands, so no SSA update is
   needed.  A memory copy's slot (memdup, memdup0, memdupz: gnulib's
   xmemdup, GLib's g_memdup2) is filled by memcpy from the source, then
   a NUL (memdup0), after zeroes (memdupz); those new statements get
   their virtual operands from a renaming.  A free whose argument may
   also be null is deleted rather than turned into an end-of-life
   clobber, since on the null path the object is still in use.  No clobbers are added at the returns: GCC's
   stack-slot sharing already ends every local's life there, and no
   inlining happens after this pass.

   A free or realloc whose pointer may be the object or another one
   keeps its call behind a range test of the pointer against the slot
   (escape_rewrite_range_free, escape_rewrite_range_realloc; the proof
   is in solve.cc, part 2).  Frame storage (SLOT_BUMP, solve.cc part 4)
   is a slot handed out piece by piece: two addressable locals hold its
   first free byte ("top") and its most recent object ("last"), set at
   the function's entry; the allocation takes the next piece (zeroed for
   calloc) or calls the allocator (escape_rewrite_bump_call), and every
   free is range-tested and gives the most recent object's bytes back
   (escape_bump_give_back).  Storage with room for every execution
   (bump_all) keeps an offset instead and calls no allocator
   (escape_rewrite_bump_all).

   Stack-slot sharing.  GCC 12's cfgexpand (add_scope_conflicts) takes
   a variable to be live from any statement that mentions it up to a
   clobber of it, and lets two variables share storage when their
   ranges do not meet.  An address computed once before a loop
   (IVOPTs: "ivtmp = (unsigned long) &slot") and used inside it through
   that integer only is not a mention, so a clobber inside the loop
   would end the slot's range while the loop still uses it, and another
   variable could be given the same bytes (GCC PR middle-end/90348,
   fixed in GCC 14 by counting such uses as mentions).  So the slot
   gets no clobber that could run before a use of its storage:
     - no birth clobber at the allocation at all (malloc's memory has
       indeterminate contents; keeping the old ones is a valid choice,
       and without the clobber nothing ends the range there); and
     - an end-of-life clobber only at a free that lies on no cycle of
       the CFG: after such a free nothing can use the object again, as
       the site cannot run again; a free on a cycle is deleted.
   Every use of the slot's storage goes through an address computed
   by a statement mentioning it, which runs first; with no clobber
   between, the slot is live there.  The other way round, the slot
   must not be given the bytes of a variable that GCC wrongly takes to
   be dead at the slot's first mention (a local array of the program
   in the same loops, reached through such an integer): a second pass,
   "escape-slots", right before expansion (after "optimized", when no
   pass can remove it any more), adds "_1 = &slot" at the function's
   entry for every slot still in use.  The slot is then live from the
   entry to its end-of-life clobber, if any, and conflicts with every
   variable mentioned in between; a variable first mentioned after that
   clobber cannot hold a value before it, nor the slot one after it.
   The statement's result is unused, so RTL dead-code elimination
   removes the instruction it expands to.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The DECL_UIDs of the slots made in ESCAPE_SLOTS_FN, the function
   being compiled, for escape_mention_slots.  UIDs rather than decls:
   a slot that later passes dissolve may be garbage-collected.  */
static vec<unsigned> escape_slot_uids;
static tree escape_slots_fn;

/* Remember SLOT, a slot made in FUN, for escape_mention_slots.  */

static void
escape_remember_slot (function *fun, tree slot)
{
  if (escape_slots_fn != fun->decl)
    {
      escape_slot_uids.truncate (0);
      escape_slots_fn = fun->decl;
    }
  escape_slot_uids.safe_push (DECL_UID (slot));
}

/* Return true if FUN has slots for escape_mention_slots.  */

bool
escape_function_has_slots_p (function *fun)
{
  return escape_slots_fn == fun->decl && !escape_slot_uids.is_empty ();
}

/* The pass "escape-slots", right before expansion: add "_1 = &slot" at
   the entry of FUN for every slot made in it that is still one of its
   local variables (see the file comment).  */

unsigned int
escape_mention_slots (function *fun)
{
  gimple_seq seq = NULL;
  unsigned i;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, i, var)
    if (VAR_P (var) && escape_slot_uids.contains (DECL_UID (var)))
      {
	tree addr = build_fold_addr_expr (var);
	gimple *g = gimple_build_assign (make_ssa_name (TREE_TYPE (addr)),
					 addr);
	gimple_seq_add_stmt (&seq, g);
      }
  escape_slot_uids.truncate (0);
  escape_slots_fn = NULL_TREE;
  if (seq)
    gsi_insert_seq_on_edge_immediate
      (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fun)), seq);
  return 0;
}

/* Return a new stack slot of SITE's size and alignment in the current
   function, named after the pointer it replaces.  */

static tree
escape_make_slot (struct escape_site *site)
{
  tree type = build_array_type_nelts (char_type_node, site->place.size);
  const char *prefix = "escape_obj";
  char buf[64];
  tree var = SSA_NAME_VAR (site->alloc.ptr);
  if (var && DECL_NAME (var) && !DECL_ARTIFICIAL (var))
    {
      snprintf (buf, sizeof buf, "escape_%s",
		IDENTIFIER_POINTER (DECL_NAME (var)));
      prefix = buf;
    }
  tree slot = create_tmp_var (type, prefix);
  SET_DECL_ALIGN (slot, site->alloc.align * BITS_PER_UNIT);
  DECL_USER_ALIGN (slot) = 1;
  TREE_ADDRESSABLE (slot) = 1;
  SET_DECL_PT_UID (slot, site->graph.heap_uid);
  /* A guarded slot is ours, not the user's: warnings about it (a slot
     smaller than what a path that never uses it may access, or read
     before any store on a path the guard made visible) would be new
     diagnostics, where GCC says nothing about a heap object of unknown
     size.  GCC marks its own artificial objects so, too.  A slot of
     the object's own size (fixed or bounded) gives the warnings the
     heap object gave (memset beyond it, read before any store).  */
  if (site->place.kind == SLOT_GUARDED || site->place.kind == SLOT_BUMP)
    {
      /* Without a location the mark stays on the slot: a location's
	 marks apply to whatever else at that location is marked.  */
      DECL_SOURCE_LOCATION (slot) = UNKNOWN_LOCATION;
      suppress_warning (slot);
    }
  else
    {
      /* GCC does not track which bytes of a heap object were stored
	 before a call reads it through a const pointer, but it does for
	 a local object: -Wmaybe-uninitialized would be a new diagnostic
	 (a loop that may store nothing, then digest (s, len)).  Only the
	 uninitialised-read warnings are silenced (GCC records them for
	 the slot's location, as a group apart from the access warnings);
	 the others stay.  */
      suppress_warning (slot, OPT_Wmaybe_uninitialized);
    }
  return slot;
}

/* Return the address of SITE's slot as a value of pointer type TYPE,
   marked, for a guarded slot, so that no warning is given about it.  */

static tree
escape_slot_addr (struct escape_site *site, tree type)
{
  tree addr = build_fold_addr_expr_with_type (site->rw.slot, type);
  if (site->place.kind == SLOT_GUARDED || site->place.kind == SLOT_BUMP)
    suppress_warning (addr);
  return addr;
}

/* Print STMT to the dump file, when dumping details, after LABEL.  */

static void
escape_dump_new_stmt (const char *label, gimple *stmt)
{
  if (dump_file && (dump_flags & TDF_DETAILS))
    {
      fprintf (dump_file, "    %s: ", label);
      print_gimple_stmt (dump_file, stmt, 0, TDF_NONE);
    }
}

/* Give the statements of SEQ the location LOC, printing each to the
   dump after LABEL.  */

static void
escape_locate_seq (gimple_seq seq, location_t loc, const char *label)
{
  for (gimple_stmt_iterator i = gsi_start (seq); !gsi_end_p (i);
       gsi_next (&i))
    {
      gimple_set_location (gsi_stmt (i), loc);
      escape_dump_new_stmt (label, gsi_stmt (i));
    }
}

/* Insert the N statements STMTS before GSI, at LOC, printing each to
   the dump after LABEL.  */

static void
escape_insert_stmts_before (gimple_stmt_iterator *gsi, gimple **stmts,
			    unsigned n, location_t loc, const char *label)
{
  for (unsigned i = 0; i < n; i++)
    {
      gimple_set_location (stmts[i], loc);
      gsi_insert_before (gsi, stmts[i], GSI_SAME_STMT);
      escape_dump_new_stmt (label, stmts[i]);
    }
}

/* Remove STMT's virtual definition from the function: its uses use
   STMT's virtual use instead.  */

static void
escape_drop_vdef (gimple *stmt)
{
  unlink_stmt_vdef (stmt);
  if (gimple_vdef (stmt) && TREE_CODE (gimple_vdef (stmt)) == SSA_NAME)
    release_ssa_name (gimple_vdef (stmt));
}

/* Return a new asm statement "OUT = ARG" that hides where OUT's value
   comes from ("=r" from "0": the value stays in its register), and set
   *OUT to its result.  */

static gasm *
escape_build_opaque (tree arg, tree *out)
{
  tree opaque = make_ssa_name (TREE_TYPE (arg));
  vec<tree, va_gc> *outputs = NULL, *inputs = NULL;
  vec_safe_push (outputs,
		 build_tree_list (build_tree_list (NULL_TREE,
						   build_string (2, "=r")),
				  opaque));
  vec_safe_push (inputs,
		 build_tree_list (build_tree_list (NULL_TREE,
						   build_string (1, "0")),
				  arg));
  gasm *barrier = gimple_build_asm_vec ("", inputs, outputs, NULL, NULL);
  SSA_NAME_DEF_STMT (opaque) = barrier;
  *out = opaque;
  return barrier;
}

/* Append to *SEQ the statements converting VAL to size_t; return the
   converted value.  */

static tree
escape_size_value (gimple_seq *seq, tree val)
{
  if (useless_type_conversion_p (size_type_node, TREE_TYPE (val)))
    return val;
  if (TREE_CODE (val) == INTEGER_CST)
    return fold_convert (size_type_node, val);
  tree conv = make_ssa_name (size_type_node);
  gimple_seq_add_stmt (seq, gimple_build_assign (conv, NOP_EXPR, val));
  return conv;
}

/* Append to *SEQ the store "BASE[LEN] = 0", BASE a char pointer.  */

static void
escape_add_nul (gimple_seq *seq, tree base, tree len)
{
  tree end = make_ssa_name (TREE_TYPE (base));
  gimple_seq_add_stmt (seq, gimple_build_assign (end, POINTER_PLUS_EXPR,
						 base, len));
  tree ref = build2 (MEM_REF, char_type_node, end,
		     build_int_cst (TREE_TYPE (end), 0));
  gimple_seq_add_stmt (seq, gimple_build_assign
		       (ref, build_zero_cst (char_type_node)));
}

/* Append to *SEQ the statements that give the slot of SITE, a memory
   copy (memdup, memdup0, memdupz), its contents: for memdupz, SIZE
   zeroes first; then BYTES bytes copied from the source; for memdup0,
   a NUL after them.  SIZE and BYTES are size_t values.  When BYTES is
   not a non-zero constant, the source goes through an empty asm first:
   the copy may be of no bytes from a null pointer (gnulib's
   xmemdup0 (NULL, 0) is valid), and GCC would otherwise take memcpy's
   source to be non-null from there on.  */

static void
escape_copy_init (struct escape_site *site, gimple_seq *seq, tree size,
		  tree bytes)
{
  tree type = TREE_TYPE (site->rw.slot);
  tree addr = escape_slot_addr (site, build_pointer_type (type));
  tree src = gimple_call_arg (site->alloc.call, 0);
  if (site->alloc.kind == ALLOC_MEMDUPZ)
    gimple_seq_add_stmt (seq, gimple_build_call
			 (builtin_decl_explicit (BUILT_IN_MEMSET), 3, addr,
			  integer_zero_node, size));
  if (TREE_CODE (src) == SSA_NAME
      && !(TREE_CODE (bytes) == INTEGER_CST && !integer_zerop (bytes)))
    gimple_seq_add_stmt (seq, escape_build_opaque (src, &src));
  gimple_seq_add_stmt (seq, gimple_build_call
		       (builtin_decl_explicit (BUILT_IN_MEMCPY), 3, addr, src,
			bytes));
  if (site->alloc.kind == ALLOC_MEMDUP0)
    escape_add_nul (seq, escape_slot_addr
		    (site, build_pointer_type (char_type_node)), bytes);
}

/* Replace the call of SITE, a memory copy with a slot of its own size
   (fixed or bounded), by the copy into the slot and the slot's
   address.  The new statements get their virtual operands when the
   caller renames them.  */

static void
escape_rewrite_copy_call (struct escape_site *site)
{
  gcall *call = site->alloc.call;
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  location_t loc = gimple_location (call);
  gimple_seq seq = NULL;
  tree size = escape_size_value (&seq, site->alloc.size_arg);
  tree bytes = (site->alloc.kind == ALLOC_MEMDUPZ
		? escape_size_value (&seq, site->alloc.copy_arg) : size);
  escape_copy_init (site, &seq, size, bytes);
  escape_locate_seq (seq, loc, "new");
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  escape_drop_vdef (call);
  tree addr = escape_slot_addr (site, TREE_TYPE (site->alloc.ptr));
  gimple *assign = gimple_build_assign (site->alloc.ptr, addr);
  gimple_set_location (assign, loc);
  gsi_replace (&gsi, assign, false);
  escape_dump_new_stmt ("new", assign);
}

/* Replace the allocation call of SITE by the slot's initialisation
   (calloc) and the slot's address.  */

static void
escape_rewrite_call (struct escape_site *site)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (site->alloc.call);
  tree type = TREE_TYPE (site->rw.slot);
  location_t loc = gimple_location (site->alloc.call);

  if (escape_alloc_zeroed_p (&site->alloc))
    {
      gimple *init = gimple_build_assign (site->rw.slot,
					  build_constructor (type, NULL));
      gimple_set_location (init, loc);
      gimple_move_vops (init, site->alloc.call);
      gsi_insert_before (&gsi, init, GSI_SAME_STMT);
      escape_dump_new_stmt ("new", init);
    }
  else
    escape_drop_vdef (site->alloc.call);

  tree addr = escape_slot_addr (site, TREE_TYPE (site->alloc.ptr));
  gimple *assign = gimple_build_assign (site->alloc.ptr, addr);
  gimple_set_location (assign, loc);
  gsi_replace (&gsi, assign, false);
  escape_dump_new_stmt ("new", assign);
}

/* Replace the posix_memalign call of SITE, "r = posix_memalign (&tmp,
   A, N)", by "tmp = &slot" and "r = 0": the call cannot fail any
   more.  */

static void
escape_rewrite_posix_memalign (struct escape_site *site)
{
  gcall *call = site->alloc.call;
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  location_t loc = gimple_location (call);
  tree var = site->alloc.result_var;
  gimple *store = gimple_build_assign (var, escape_slot_addr
				       (site, TREE_TYPE (var)));
  gimple_set_location (store, loc);
  escape_dump_new_stmt ("new", store);
  tree lhs = gimple_call_lhs (call);
  escape_drop_vdef (call);
  if (lhs)
    {
      gsi_insert_before (&gsi, store, GSI_SAME_STMT);
      gimple *zero = gimple_build_assign (lhs, build_zero_cst (TREE_TYPE (lhs)));
      gimple_set_location (zero, loc);
      gsi_replace (&gsi, zero, false);
      escape_dump_new_stmt ("new", zero);
    }
  else
    gsi_replace (&gsi, store, false);
}

/* Return true if FREE_CALL frees exactly SITE's object: its argument
   always equals the base pointer (never null).  */

static bool
escape_frees_exactly_p (struct escape_site *site, gcall *free_call)
{
  tree arg = gimple_call_arg (free_call, 0);
  return (TREE_CODE (arg) == SSA_NAME
	  && bitmap_bit_p (site->graph.exact, SSA_NAME_VERSION (arg)));
}

/* Return true if FREE_CALL, a free of SITE's object, may also release
   another object: its argument is neither the object nor null on every
   path (a PHI with another heap pointer, a pointer read back from
   memory).  Such a free keeps its call behind a range test.  */

bool
escape_free_range_tested_p (const struct escape_site *site,
			    gcall *free_call)
{
  tree arg = gimple_call_arg (free_call, 0);
  if (site->place.kind == SLOT_BUMP && !site->place.bump_all)
    return true;
  if (TREE_CODE (arg) != SSA_NAME)
    return true;
  unsigned v = SSA_NAME_VERSION (arg);
  /* Storage with room for every object holds them all: a pointer that
     is null or the start of one of them needs no test.  Points-to facts
     may still let another promoted site's objects reach that free (a
     list's next, loaded from objects whose fields GCC does not tell
     apart), and that site rewrites the call too: it is not deleted
     then (review 10: the second rewrite found it gone).  */
  return (!bitmap_bit_p (site->graph.exact_or_null, v)
	  && !(site->place.bump_all && site->graph.own_start
	       && bitmap_bit_p (site->graph.own_start, v)
	       && !site->graph.shared_frees.contains (free_call)));
}

/* Record in each promoted site of SITES the frees that another promoted
   site lists too: both rewrite the call, so neither may delete it
   (escape_free_range_tested_p).  */

void
escape_mark_shared_frees (vec<escape_site *> *sites)
{
  for (unsigned i = 0; i < sites->length (); i++)
    {
      struct escape_site *a = (*sites)[i];
      if (a->verdict.reason != ESCAPE_PROMOTED)
	continue;
      for (unsigned k = 0; k < a->graph.frees.length (); k++)
	for (unsigned j = 0; j < sites->length (); j++)
	  if (j != i && (*sites)[j]->verdict.reason == ESCAPE_PROMOTED
	      && (*sites)[j]->graph.frees.contains (a->graph.frees[k]))
	    {
	      a->graph.shared_frees.safe_push (a->graph.frees[k]);
	      break;
	    }
    }
}

/* Return the number of SITE's frees that are range-tested.  */

unsigned
escape_range_tested_frees (const struct escape_site *site)
{
  unsigned n = 0;
  for (unsigned i = 0; i < site->graph.frees.length (); i++)
    n += escape_free_range_tested_p (site, site->graph.frees[i]);
  return n;
}

/* Return true if FREE_CALL may end the life of SITE's slot with a
   clobber: it frees exactly the object, and it lies on no cycle of the
   CFG (see the file comment).  */

static bool
escape_free_ends_life_p (struct escape_site *site, gcall *free_call)
{
  return (escape_frees_exactly_p (site, free_call)
	  && !escape_block_in_cycle_p (gimple_bb (free_call)));
}

/* Return a new end-of-life clobber of SITE's slot at LOC.  */

static gimple *
escape_end_of_life (struct escape_site *site, location_t loc)
{
  tree type = TREE_TYPE (site->rw.slot);
  gimple *clob = gimple_build_assign (site->rw.slot,
				      build_clobber (type, ESCAPE_CLOBBER_END));
  gimple_set_location (clob, loc);
  return clob;
}

/* Delete FREE_CALL, a free of SITE's object (or of null) that cannot
   end its slot's life: its argument may be null, and on the null path
   the object is still in use; it lies on a cycle; or the slot is frame
   storage, which holds other objects too.  */

static void
escape_delete_free (struct escape_site *site, gcall *free_call)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (free_call);
  if (dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "    free -> deleted (%s)\n",
	     site->place.kind == SLOT_BUMP ? "frame storage"
	     : escape_frees_exactly_p (site, free_call)
	     ? "on a cycle" : "argument may be null");
  unlink_stmt_vdef (free_call);
  gsi_remove (&gsi, true);
  release_defs (free_call);
}

/* Replace FREE, a free of SITE's object, by an end-of-life clobber of
   the slot when it may end the slot's life, or else delete it (its
   argument may also be null, and on the null path the object is still
   in use; or it is on a cycle).  */

static void
escape_rewrite_free (struct escape_site *site, gcall *free_call)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (free_call);
  if (escape_free_ends_life_p (site, free_call))
    {
      gimple *clob = escape_end_of_life (site, gimple_location (free_call));
      gimple_move_vops (clob, free_call);
      gsi_replace (&gsi, clob, false);
      escape_dump_new_stmt ("free ->", clob);
    }
  else
    escape_delete_free (site, free_call);
}

/* Split the block of STMT so that STMT runs only when COND, a new
   condition, holds (with probability PROB):

     A: ... STMT rest      =>   A: ...  if (COND) goto B; else goto C;
				 B: STMT
				 C: rest

   Return the edge B->C, and the edge A->C in *SKIP.  */

static edge
escape_make_conditional (gimple *stmt, gcond *cond, profile_probability prob,
			 edge *skip)
{
  basic_block a = gimple_bb (stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gsi_prev (&gsi);
  edge e1 = split_block (a, gsi_end_p (gsi) ? NULL : gsi_stmt (gsi));
  basic_block b = e1->dest;
  edge e2 = split_block (b, stmt);
  basic_block c = e2->dest;

  gimple_stmt_iterator ga = gsi_last_bb (a);
  gsi_insert_after (&ga, cond, GSI_NEW_STMT);
  e1->flags = (e1->flags & ~EDGE_FALLTHRU) | EDGE_TRUE_VALUE;
  e1->probability = prob;
  edge e3 = make_edge (a, c, EDGE_FALSE_VALUE);
  e3->probability = prob.invert ();
  b->count = a->count.apply_probability (prob);
  *skip = e3;
  return e2;
}

/* Build the condition under which guarded SITE, a memory copy of N
   bytes (memdupz: of C bytes into N), must still call its allocator,
   with the slot's K bytes:
     memdup    N > K, or, when a zero size gives NULL (g_memdup2),
	       N - 1 >= K in size_t, which sends N == 0 there too;
     memdup0   N >= K: N + 1 bytes, without N + 1's wrap-around;
     memdupz   N > K, or C > N (the copy would overflow the object:
	       the allocator's overflow, as before);
   and, when a null source gives NULL (g_memdup2), the source is null.
   Set the bytes to copy and the object's size.  Statements computing
   it go before GSI.  */

static gcond *
escape_copy_guard_condition (struct escape_site *site,
			     gimple_stmt_iterator *gsi)
{
  gimple_seq seq = NULL;
  tree n = escape_size_value (&seq, site->alloc.size_arg);
  tree k = build_int_cst (size_type_node, site->place.size);
  tree heap = make_ssa_name (boolean_type_node);
  site->rw.size = n;
  site->rw.guard_bytes = n;
  if (site->alloc.kind == ALLOC_MEMDUP0)
    {
      gimple_seq_add_stmt (&seq, gimple_build_assign (heap, GE_EXPR, n, k));
      site->rw.size = make_ssa_name (size_type_node);
      gimple_seq_add_stmt (&seq, gimple_build_assign (site->rw.size,
						      PLUS_EXPR, n,
						      size_one_node));
    }
  else if (site->alloc.zero_null)
    {
      tree less = make_ssa_name (size_type_node);
      gimple_seq_add_stmt (&seq, gimple_build_assign
			   (less, PLUS_EXPR, n,
			    build_all_ones_cst (size_type_node)));
      gimple_seq_add_stmt (&seq, gimple_build_assign (heap, GE_EXPR, less,
						      k));
    }
  else
    gimple_seq_add_stmt (&seq, gimple_build_assign (heap, GT_EXPR, n, k));
  if (site->alloc.kind == ALLOC_MEMDUPZ)
    {
      tree c = escape_size_value (&seq, site->alloc.copy_arg);
      tree over = make_ssa_name (boolean_type_node);
      tree either = make_ssa_name (boolean_type_node);
      gimple_seq_add_stmt (&seq, gimple_build_assign (over, GT_EXPR, c, n));
      gimple_seq_add_stmt (&seq, gimple_build_assign (either, BIT_IOR_EXPR,
						      heap, over));
      heap = either;
      site->rw.guard_bytes = c;
    }
  if (site->alloc.zero_null)
    {
      tree src = gimple_call_arg (site->alloc.call, 0);
      tree isnull = make_ssa_name (boolean_type_node);
      tree either = make_ssa_name (boolean_type_node);
      gimple_seq_add_stmt (&seq, gimple_build_assign
			   (isnull, EQ_EXPR, src,
			    build_zero_cst (TREE_TYPE (src))));
      gimple_seq_add_stmt (&seq, gimple_build_assign (either, BIT_IOR_EXPR,
						      heap, isnull));
      heap = either;
    }
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return gimple_build_cond (NE_EXPR, heap, boolean_false_node, NULL_TREE,
			    NULL_TREE);
}

/* Add to *SEQ the statements computing whether the product of N and M,
   values of one unsigned type (calloc's count and element size), is at
   most K without overflow: n <= K && m <= K && n * m <= K.  With both
   factors at most K the product is below 2^PREC, the precision of the
   type, while K is below 2^(PREC/2) (a 64-bit size_t and K of at most
   64 MiB); a 32-bit size_t and K of 64 KiB or more can wrap (65536 *
   65536 is 0), so then the multiplication's overflow flag is checked
   too.  Return the boolean; set *PROD to the product (meaningful only
   when the boolean holds).  */

static tree
escape_product_fits (tree n, tree m, unsigned HOST_WIDE_INT k,
		     gimple_seq *seq, tree *prod_out)
{
  tree type = TREE_TYPE (m);
  tree limit = build_int_cst (type, k);
  unsigned prec = TYPE_PRECISION (type);
  bool may_wrap = (prec < 2 * HOST_BITS_PER_WIDE_INT
		   && k >= HOST_WIDE_INT_1U << (prec / 2));
  tree c1 = make_ssa_name (boolean_type_node);
  tree c2 = make_ssa_name (boolean_type_node);
  tree prod = make_ssa_name (type);
  tree c3 = make_ssa_name (boolean_type_node);
  tree ok = make_ssa_name (boolean_type_node);
  tree ok2 = make_ssa_name (boolean_type_node);
  gimple_seq_add_stmt (seq, gimple_build_assign (c1, LE_EXPR, n, limit));
  gimple_seq_add_stmt (seq, gimple_build_assign (c2, LE_EXPR, m, limit));
  if (may_wrap)
    {
      /* c = .MUL_OVERFLOW (n, m); prod = REALPART (c);
	 c3 = prod <= K; c3' = IMAGPART (c) == 0; as GCC builds for
	 __builtin_mul_overflow.  */
      tree ctype = build_complex_type (type);
      tree cplx = make_ssa_name (ctype);
      gcall *mul = gimple_build_call_internal (IFN_MUL_OVERFLOW, 2, n, m);
      gimple_call_set_lhs (mul, cplx);
      gimple_seq_add_stmt (seq, mul);
      gimple_seq_add_stmt (seq, gimple_build_assign
			   (prod, build1 (REALPART_EXPR, type, cplx)));
      tree ovf = make_ssa_name (type);
      gimple_seq_add_stmt (seq, gimple_build_assign
			   (ovf, build1 (IMAGPART_EXPR, type, cplx)));
      tree fits = make_ssa_name (boolean_type_node);
      tree nowrap = make_ssa_name (boolean_type_node);
      gimple_seq_add_stmt (seq, gimple_build_assign (fits, LE_EXPR, prod,
						     limit));
      gimple_seq_add_stmt (seq, gimple_build_assign
			   (nowrap, EQ_EXPR, ovf, build_zero_cst (type)));
      gimple_seq_add_stmt (seq, gimple_build_assign (c3, BIT_AND_EXPR,
						     fits, nowrap));
    }
  else
    {
      gimple_seq_add_stmt (seq, gimple_build_assign (prod, MULT_EXPR, n, m));
      gimple_seq_add_stmt (seq, gimple_build_assign (c3, LE_EXPR, prod,
						     limit));
    }
  gimple_seq_add_stmt (seq, gimple_build_assign (ok, BIT_AND_EXPR, c1, c2));
  gimple_seq_add_stmt (seq, gimple_build_assign (ok2, BIT_AND_EXPR, ok, c3));
  *prod_out = prod;
  return ok2;
}

/* Insert before GSI a call computing the length of the string that
   SITE, a strdup or strndup, copies: strlen (S), or strnlen (S, N) with
   strndup's bound.  Return the length.  The call is ours: it has no
   location and no warnings (the user's call, which keeps its location,
   gets GCC's diagnostics about its arguments, such as strndup's bound
   beyond the largest object; a second one naming strnlen would be
   new).  */

static tree
escape_string_length (struct escape_site *site, gimple_stmt_iterator *gsi)
{
  tree src = gimple_call_arg (site->alloc.call, 0);
  tree len = make_ssa_name (size_type_node);
  gcall *c = (site->alloc.kind == ALLOC_STRDUP
	      ? gimple_build_call (builtin_decl_explicit (BUILT_IN_STRLEN),
				   1, src)
	      : gimple_build_call (builtin_decl_explicit (BUILT_IN_STRNLEN),
				   2, src, gimple_call_arg (site->alloc.call, 1)));
  gimple_call_set_lhs (c, len);
  gimple_set_location (c, UNKNOWN_LOCATION);
  suppress_warning (c);
  gsi_insert_before (gsi, c, GSI_SAME_STMT);
  escape_dump_new_stmt ("string length", c);
  return len;
}

/* Build the condition under which guarded SITE must still call its
   allocator: the size (for calloc, the count, the element size or their
   product) exceeds the slot.  Statements computing it go before GSI.  */

static gcond *
escape_guard_condition (struct escape_site *site, gimple_stmt_iterator *gsi)
{
  if (escape_alloc_copies_p (site->alloc.kind))
    return escape_copy_guard_condition (site, gsi);
  site->rw.size = site->alloc.size_arg;
  if (site->alloc.kind == ALLOC_STRDUP || site->alloc.kind == ALLOC_STRNDUP)
    {
      /* The size is the string's length plus one: compute it here.  */
      tree len = escape_string_length (site, gsi);
      site->rw.size = make_ssa_name (size_type_node);
      gsi_insert_before (gsi, gimple_build_assign (site->rw.size,
						   PLUS_EXPR, len,
						   size_one_node),
			 GSI_SAME_STMT);
      site->rw.guard_bytes = len;
    }
  tree type = TREE_TYPE (site->rw.size);
  tree limit = build_int_cst (type, site->place.size);
  if (!site->alloc.count_arg && escape_alloc_zeroed_p (&site->alloc))
    /* zalloc: the bytes to zero are the size.  */
    site->rw.guard_bytes = site->rw.size;
  if (!site->alloc.count_arg && site->alloc.zero_null)
    {
      /* A zero size gives NULL (GLib): the allocator is called for it
	 too, "(size_t) size - 1 >= K" with size_t's wrap-around.  */
      tree size = fold_convert (size_type_node, site->rw.size);
      size = force_gimple_operand_gsi (gsi, size, true, NULL_TREE, true,
				       GSI_SAME_STMT);
      tree less = make_ssa_name (size_type_node);
      gsi_insert_before (gsi, gimple_build_assign
			 (less, PLUS_EXPR, size,
			  build_all_ones_cst (size_type_node)),
			 GSI_SAME_STMT);
      return gimple_build_cond (GE_EXPR, less,
				build_int_cst (size_type_node,
					       site->place.size),
				NULL_TREE, NULL_TREE);
    }
  if (!site->alloc.count_arg)
    return gimple_build_cond (GT_EXPR, site->rw.size, limit, NULL_TREE,
			      NULL_TREE);

  /* calloc: the product must fit the slot without overflow.  */
  tree n = fold_convert (type, site->alloc.count_arg);
  n = force_gimple_operand_gsi (gsi, n, true, NULL_TREE, true,
				GSI_SAME_STMT);
  gimple_seq seq = NULL;
  tree prod;
  tree ok2 = escape_product_fits (n, site->rw.size, site->place.size,
				  &seq, &prod);
  if (site->alloc.zero_null)
    {
      /* A zero product gives NULL (GLib): the allocator is called for
	 it too.  */
      tree nz = make_ssa_name (boolean_type_node);
      tree ok3 = make_ssa_name (boolean_type_node);
      gimple_seq_add_stmt (&seq, gimple_build_assign
			   (nz, NE_EXPR, prod, build_zero_cst (type)));
      gimple_seq_add_stmt (&seq, gimple_build_assign (ok3, BIT_AND_EXPR,
						      ok2, nz));
      ok2 = ok3;
    }
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  site->rw.guard_bytes = prod;
  return gimple_build_cond (EQ_EXPR, ok2, boolean_false_node, NULL_TREE,
			    NULL_TREE);
}

/* Append to *SEQ the statements that give the object of SITE at DEST,
   its slot's address or a piece of its frame storage, its initial
   contents: none (malloc, aligned_alloc), ZERO zero bytes (calloc and
   zeroing wrappers), or the string (strdup: SIZE bytes, its NUL
   included; strndup: LEN bytes, then a NUL).  */

static void
escape_add_init (struct escape_site *site, gimple_seq *seq, tree dest,
		 tree zero, tree size, tree len)
{
  tree memcpy_fn = builtin_decl_explicit (BUILT_IN_MEMCPY);
  tree src = (site->alloc.kind == ALLOC_STRDUP
	      || site->alloc.kind == ALLOC_STRNDUP
	      ? gimple_call_arg (site->alloc.call, 0) : NULL_TREE);
  if (escape_alloc_zeroed_p (&site->alloc))
    gimple_seq_add_stmt (seq, gimple_build_call
			 (builtin_decl_explicit (BUILT_IN_MEMSET), 3, dest,
			  integer_zero_node, zero));
  else if (site->alloc.kind == ALLOC_STRDUP)
    gimple_seq_add_stmt (seq, gimple_build_call (memcpy_fn, 3, dest, src,
						 size));
  else if (site->alloc.kind == ALLOC_STRNDUP)
    {
      /* memcpy (dest, s, len); dest[len] = 0;  */
      gimple_seq_add_stmt (seq, gimple_build_call (memcpy_fn, 3, dest, src,
						   len));
      tree char_ptr = build_pointer_type (char_type_node);
      tree base;
      if (TREE_CODE (dest) == ADDR_EXPR)
	base = escape_slot_addr (site, char_ptr);
      else
	{
	  base = make_ssa_name (char_ptr);
	  gimple_seq_add_stmt (seq, gimple_build_assign (base, NOP_EXPR,
							 dest));
	}
      escape_add_nul (seq, base, len);
    }
}

/* Return the statements that give guarded SITE's slot its initial
   contents on the stack branch (escape_add_init), or the memory copy
   (escape_copy_init).  */

static gimple_seq
escape_guarded_init (struct escape_site *site)
{
  gimple_seq seq = NULL;
  tree type = TREE_TYPE (site->rw.slot);
  tree addr = escape_slot_addr (site, build_pointer_type (type));
  if (escape_alloc_copies_p (site->alloc.kind))
    escape_copy_init (site, &seq, site->rw.size, site->rw.guard_bytes);
  else
    escape_add_init (site, &seq, addr, site->rw.guard_bytes, site->rw.size,
		     site->rw.guard_bytes);
  return seq;
}

/* Rewrite guarded SITE: when the size fits the slot, the result is the
   slot's address (zeroed first for calloc); otherwise the allocator is
   called as before.  The result is a PHI of the two.  */

static void
escape_rewrite_guarded_call (struct escape_site *site)
{
  gcall *call = site->alloc.call;
  location_t loc = gimple_location (call);
  tree ptr = site->alloc.ptr;
  tree heap_ptr = make_ssa_name (TREE_TYPE (ptr));
  duplicate_ssa_name_ptr_info (heap_ptr, SSA_NAME_PTR_INFO (ptr));
  gimple_call_set_lhs (call, heap_ptr);
  update_stmt (call);

  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gcond *cond = escape_guard_condition (site, &gsi);
  gimple_set_location (cond, loc);
  edge skip;
  edge from_call = escape_make_conditional (call, cond,
					    profile_probability::unlikely (),
					    &skip);

  tree addr = escape_slot_addr (site, TREE_TYPE (ptr));
  gimple_seq init = escape_guarded_init (site);
  escape_locate_seq (init, loc, "stack");
  basic_block nb = (gimple_seq_empty_p (init) ? NULL
		    : gsi_insert_seq_on_edge_immediate (skip, init));
  edge from_stack = nb ? single_succ_edge (nb) : skip;

  gphi *phi = create_phi_node (ptr, from_call->dest);
  add_phi_arg (phi, heap_ptr, from_call, loc);
  add_phi_arg (phi, addr, from_stack, loc);
  /* What a free of exactly the object must release: the heap block, or
     nothing.  */
  site->rw.heap_only = make_ssa_name (TREE_TYPE (ptr));
  duplicate_ssa_name_ptr_info (site->rw.heap_only, SSA_NAME_PTR_INFO (ptr));
  gphi *phi2 = create_phi_node (site->rw.heap_only, from_call->dest);
  add_phi_arg (phi2, heap_ptr, from_call, loc);
  add_phi_arg (phi2, build_zero_cst (TREE_TYPE (ptr)), from_stack, loc);
  escape_dump_new_stmt ("guard", cond);
  escape_dump_new_stmt ("join", phi);
  escape_dump_new_stmt ("join", phi2);
}

/* Rewrite FREE_CALL, a free of guarded SITE's object.  When its argument
   is exactly the object, free what the heap branch allocated, or null
   ("free (heap_only)"), and end the slot's life afterwards when the
   free lies on no cycle (see the file comment): no test on
   the pointer, which jump threading would resolve per branch by
   duplicating the blocks in between (and -Wmaybe-uninitialized then
   sees a heap path on its own).  Otherwise (it may also be null) free
   only what is not the slot, "if (q != &slot) free (q)".  */

static void
escape_rewrite_guarded_free (struct escape_site *site, gcall *free_call)
{
  tree arg = gimple_call_arg (free_call, 0);
  location_t loc = gimple_location (free_call);
  if (escape_frees_exactly_p (site, free_call))
    {
      /* Pointer conversions are useless in GIMPLE.  */
      gcc_checking_assert (useless_type_conversion_p
			   (TREE_TYPE (arg), TREE_TYPE (site->rw.heap_only)));
      gimple_call_set_arg (free_call, 0, site->rw.heap_only);
      update_stmt (free_call);
      escape_dump_new_stmt ("free ->", free_call);
      if (escape_free_ends_life_p (site, free_call))
	{
	  gimple *clob = escape_end_of_life (site, loc);
	  gimple_stmt_iterator gsi = gsi_for_stmt (free_call);
	  gsi_insert_after (&gsi, clob, GSI_SAME_STMT);
	}
      if (!escape_dealloc_takes_null_p (&site->alloc))
	{
	  /* A deallocator of allocator= (wrappers.cc) need not accept
	     null, as free and g_free do: "if (heap_only != 0)".  */
	  gcond *nn = gimple_build_cond (NE_EXPR, site->rw.heap_only,
					 build_zero_cst (TREE_TYPE (arg)),
					 NULL_TREE, NULL_TREE);
	  gimple_set_location (nn, loc);
	  edge skip;
	  escape_make_conditional (free_call, nn,
				   profile_probability::unlikely (), &skip);
	  escape_dump_new_stmt ("free guard", nn);
	}
      return;
    }
  tree addr = escape_slot_addr (site, TREE_TYPE (arg));
  gcond *cond = gimple_build_cond (NE_EXPR, arg, addr, NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  edge skip;
  escape_make_conditional (free_call, cond, profile_probability::even (),
			   &skip);
  escape_dump_new_stmt ("free guard", cond);
}

/* Insert before GSI the statements computing the offset of pointer ARG
   from SITE's slot as an unsigned integer, (uintptr_t) ARG -
   (uintptr_t) &slot, at LOC; return it.  */

static tree
escape_slot_offset (struct escape_site *site, gimple_stmt_iterator *gsi,
		    tree arg, location_t loc)
{
  tree itype = pointer_sized_int_node;
  tree ip = make_ssa_name (itype);
  tree is = make_ssa_name (itype);
  tree off = make_ssa_name (itype);
  gimple *stmts[3];
  stmts[0] = gimple_build_assign (ip, NOP_EXPR, arg);
  stmts[1] = gimple_build_assign (is, NOP_EXPR,
				  escape_slot_addr (site, TREE_TYPE (arg)));
  stmts[2] = gimple_build_assign (off, MINUS_EXPR, ip, is);
  for (unsigned i = 0; i < 3; i++)
    {
      gimple_set_location (stmts[i], loc);
      gsi_insert_before (gsi, stmts[i], GSI_SAME_STMT);
      escape_dump_new_stmt ("range", stmts[i]);
    }
  return off;
}

/* Insert on edge E, the path of a free of Q, a pointer into SITE's
   frame storage, the statements that give the object's bytes back
   when it is the most recent one taken:

     l = last;  c = Q == l;  t = top;
     top = c ? Q : t;  last = c ? 0 : l;

   [last, top) holds that object alone: every later object would have
   moved last.  Objects of earlier executions keep their bytes until
   the function returns.  */

static void
escape_bump_give_back (struct escape_site *site, edge e, tree q,
		       location_t loc)
{
  tree ptype = TREE_TYPE (site->rw.top);
  gimple_seq seq = NULL;
  tree qq = make_ssa_name (ptype);
  tree l = make_ssa_name (ptype);
  tree c = make_ssa_name (boolean_type_node);
  tree t = make_ssa_name (ptype);
  tree nt = make_ssa_name (ptype);
  tree nl = make_ssa_name (ptype);
  gimple_seq_add_stmt (&seq, gimple_build_assign (qq, NOP_EXPR, q));
  gimple_seq_add_stmt (&seq, gimple_build_assign (l, site->rw.last));
  gimple_seq_add_stmt (&seq, gimple_build_assign (c, EQ_EXPR, qq, l));
  gimple_seq_add_stmt (&seq, gimple_build_assign (t, site->rw.top));
  gimple_seq_add_stmt (&seq, gimple_build_assign (nt, COND_EXPR, c, qq, t));
  gimple_seq_add_stmt (&seq, gimple_build_assign (site->rw.top, nt));
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (nl, COND_EXPR, c, build_zero_cst (ptype), l));
  gimple_seq_add_stmt (&seq, gimple_build_assign (site->rw.last, nl));
  escape_locate_seq (seq, loc, "give back");
  gsi_insert_seq_on_edge_immediate (e, seq);
}

/* Hide from GCC's later passes where the argument of CALL, a free or
   realloc kept on the path where its pointer lies outside a slot,
   comes from: replace it with an SSA name set by an empty asm
   ("=r" from "0").  Without that, -Wfree-nonheap-object, which is on
   by default, follows the pointer back through a call that returns
   its argument (strcpy, memcpy) to the slot and warns that the call
   frees "an unallocated object" on a path that never runs (GCC cannot
   fold the range test there); a -Werror build would fail.  The asm
   costs nothing: the value stays in its register.  */

static void
escape_hide_dealloc_arg (gcall *call)
{
  tree arg = gimple_call_arg (call, 0);
  if (TREE_CODE (arg) != SSA_NAME)
    return;
  tree opaque;
  gasm *barrier = escape_build_opaque (arg, &opaque);
  gimple_set_location (barrier, gimple_location (call));
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_insert_before (&gsi, barrier, GSI_SAME_STMT);
  gimple_call_set_arg (call, 0, opaque);
  update_stmt (call);
  escape_dump_new_stmt ("hide from -Wfree-nonheap-object", barrier);
}

/* Rewrite FREE_CALL, a free of SITE's object whose argument P may also
   point to another object, into

     _1 = (uintptr_t) P;  _2 = (uintptr_t) &slot;  _3 = _1 - _2;
     if (_3 >= SIZE) free (P);

   P inside the slot's SIZE bytes is the object (or, for a program
   that frees a pointer into its middle, what it was allocated as):
   it needs no call.  P outside is a heap object, or null, and is
   freed as before; a heap block never lies inside a stack slot.  The
   test is on integers, so no pass may assume P and &slot point into
   one object.  The slot gets no end-of-life clobber here: on the other
   path the object is still live (see the file comment).  */

static void
escape_rewrite_range_free (struct escape_site *site, gcall *free_call)
{
  tree arg = gimple_call_arg (free_call, 0);
  location_t loc = gimple_location (free_call);
  gimple_stmt_iterator gsi = gsi_for_stmt (free_call);
  tree off = escape_slot_offset (site, &gsi, arg, loc);
  gcond *cond = gimple_build_cond (GE_EXPR, off,
				   build_int_cst (TREE_TYPE (off),
						  site->place.size),
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  edge skip;
  escape_make_conditional (free_call, cond, profile_probability::even (),
			   &skip);
  if (site->place.kind == SLOT_BUMP && !site->place.bump_all)
    escape_bump_give_back (site, skip, arg, loc);
  escape_hide_dealloc_arg (free_call);
  if (dump_file)
    {
      fprintf (dump_file, "  range-tested free (outside the slot's "
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes): ", site->place.size);
      print_gimple_stmt (dump_file, free_call, 0, TDF_NONE);
    }
  escape_dump_new_stmt ("free range test", cond);
}

/* Rewrite CALL, "R = realloc (P, N)" where P may point to SITE's object
   or to another one, into

     off = (uintptr_t) P - (uintptr_t) &slot;
     if (off >= SIZE)
       R1 = realloc (P, N);		outside: as before
     else
       {				inside: move to the heap
	 R2 = N != 0 ? malloc (N) : NULL;
	 if (R2 != NULL)
	   memcpy (R2, P, MIN (N, SIZE - off));
       }
     R = PHI <R1, R2>;

   glibc's realloc (P, 0) frees P and returns null; the slot needs no
   freeing.  When malloc fails the result is null and the object stays
   valid in the slot, as realloc leaves the old block.  The copy takes
   the object's bytes: a fixed or bounded slot is the object's size (or
   more), a guarded slot at least it; bytes past the object are
   indeterminate in the new block, as realloc's growth leaves them.
   The result is never the slot.  */

static void
escape_rewrite_range_realloc (struct escape_site *site, gcall *call)
{
  tree arg = gimple_call_arg (call, 0);
  tree n = gimple_call_arg (call, 1);
  tree lhs = gimple_call_lhs (call);
  location_t loc = gimple_location (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  tree off = escape_slot_offset (site, &gsi, arg, loc);
  tree itype = TREE_TYPE (off);

  tree heap = make_ssa_name (TREE_TYPE (lhs));
  duplicate_ssa_name_ptr_info (heap, SSA_NAME_PTR_INFO (lhs));
  gimple_call_set_lhs (call, heap);
  update_stmt (call);
  gcond *cond = gimple_build_cond (GE_EXPR, off,
				   build_int_cst (itype, site->place.size),
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  edge skip;
  edge from_call = escape_make_conditional (call, cond,
					    profile_probability::even (),
					    &skip);
  basic_block join = from_call->dest;
  escape_hide_dealloc_arg (call);

  /* The inside path, on SKIP.  */
  tree m = make_ssa_name (TREE_TYPE (lhs));
  tree mm = make_ssa_name (TREE_TYPE (lhs));
  gcall *mc = gimple_build_call (builtin_decl_explicit (BUILT_IN_MALLOC),
				 1, n);
  gimple_call_set_lhs (mc, m);
  tree nsz = make_ssa_name (TREE_TYPE (n));
  tree avail = make_ssa_name (TREE_TYPE (n));
  tree count = make_ssa_name (TREE_TYPE (n));
  gimple *g1 = gimple_build_assign (nsz, NOP_EXPR, off);
  gimple *g2 = gimple_build_assign (avail, MINUS_EXPR,
				    build_int_cst (TREE_TYPE (n),
						   site->place.size), nsz);
  gimple *g3 = gimple_build_assign (count, MIN_EXPR, n, avail);
  gcall *cp = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMCPY),
				 3, mm, arg, count);
  gimple_seq seq = NULL;
  gimple *stmts[] = { mc, g1, g2, g3, cp };
  for (unsigned i = 0; i < 5; i++)
    {
      gimple_set_location (stmts[i], loc);
      gimple_seq_add_stmt (&seq, stmts[i]);
    }
  gsi_insert_seq_on_edge_immediate (skip, seq);

  /* malloc only when N != 0.  */
  edge skip2;
  gcond *c2 = gimple_build_cond (NE_EXPR, n, build_zero_cst (TREE_TYPE (n)),
				 NULL_TREE, NULL_TREE);
  gimple_set_location (c2, loc);
  edge from_malloc = escape_make_conditional (mc, c2,
					      profile_probability::likely (),
					      &skip2);
  gphi *phi1 = create_phi_node (mm, from_malloc->dest);
  add_phi_arg (phi1, m, from_malloc, loc);
  add_phi_arg (phi1, build_zero_cst (TREE_TYPE (mm)), skip2, loc);

  /* Copy only into a block that was allocated.  */
  edge skip3;
  gcond *c3 = gimple_build_cond (NE_EXPR, mm, build_zero_cst (TREE_TYPE (mm)),
				 NULL_TREE, NULL_TREE);
  gimple_set_location (c3, loc);
  escape_make_conditional (cp, c3, profile_probability::likely (), &skip3);

  edge inside = NULL;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, join->preds)
    if (e != from_call)
      inside = e;
  escape_checking_assert (inside && EDGE_COUNT (join->preds) == 2);
  gphi *phi = create_phi_node (lhs, join);
  add_phi_arg (phi, heap, from_call, loc);
  add_phi_arg (phi, mm, inside, loc);
  if (dump_file)
    {
      fprintf (dump_file, "  range-tested realloc (inside the slot's "
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes: malloc and copy): ",
	       site->place.size);
      print_gimple_stmt (dump_file, call, 0, TDF_NONE);
    }
  escape_dump_new_stmt ("realloc range test", cond);
  escape_dump_new_stmt ("join", phi);
}

/* Return a new addressable local variable of pointer type TYPE named
   NAME, for the state of frame storage.  It lives in memory, so that
   the statements using it need only the virtual operands renamed;
   later passes make it a register when nothing takes its address.  */

static tree
escape_make_state_var (tree type, const char *name)
{
  tree var = create_tmp_var (type, name);
  TREE_ADDRESSABLE (var) = 1;
  DECL_SOURCE_LOCATION (var) = UNKNOWN_LOCATION;
  suppress_warning (var);
  return var;
}

/* Return the number of bytes SITE's allocation asks for, as a value
   computed before GSI, for frame storage (SLOT_BUMP): malloc's and
   aligned_alloc's size argument; for calloc, the product of its count
   and element size when it is at most the storage's size without
   overflow, else that size plus one, which no piece fits, so that
   calloc itself is called and fails or succeeds as before; for strdup
   and strndup, the string's length (strlen, strnlen) plus one, the
   length in *LEN.  */

static tree
escape_bump_request (struct escape_site *site, gimple_stmt_iterator *gsi,
		     tree *len)
{
  location_t loc = gimple_location (site->alloc.call);
  *len = NULL_TREE;
  if (site->alloc.kind == ALLOC_STRDUP || site->alloc.kind == ALLOC_STRNDUP)
    {
      /* The length of a string that exists is below SIZE_MAX: the sum
	 does not wrap.  */
      *len = escape_string_length (site, gsi);
      tree req = make_ssa_name (size_type_node);
      gimple *g = gimple_build_assign (req, PLUS_EXPR, *len, size_one_node);
      gimple_set_location (g, loc);
      gsi_insert_before (gsi, g, GSI_SAME_STMT);
      escape_dump_new_stmt ("bump string size", g);
      return req;
    }
  if (!site->alloc.count_arg)
    return site->alloc.size_arg;
  if (site->alloc.size_known)
    /* A constant product, within max-object-size (solve.cc checked
       that it does not overflow).  */
    return build_int_cst (size_type_node, site->alloc.size);
  tree n = fold_convert (size_type_node, site->alloc.count_arg);
  n = force_gimple_operand_gsi (gsi, n, true, NULL_TREE, true,
				GSI_SAME_STMT);
  tree m = fold_convert (size_type_node, site->alloc.size_arg);
  m = force_gimple_operand_gsi (gsi, m, true, NULL_TREE, true,
				GSI_SAME_STMT);
  gimple_seq seq = NULL;
  tree prod;
  tree ok = escape_product_fits (n, m, site->place.size, &seq, &prod);
  tree req = make_ssa_name (size_type_node);
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (req, COND_EXPR, ok, prod,
			build_int_cst (size_type_node, site->place.size + 1)));
  escape_locate_seq (seq, loc, "bump calloc size");
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return req;
}

/* Rewrite the allocation of SITE, whose objects come from frame storage
   (SLOT_BUMP), into

     entry:  top = &storage;  last = 0;
     ...
     cur = top;
     N = the bytes asked for (escape_bump_request);
     sz = MAX ((MIN (N, SIZE + 1) + 15) & -16, 16);
     if (sz > (uintptr_t) &storage + SIZE - (uintptr_t) cur)
       p1 = malloc (N);			full, or calloc's product does
					not fit: the original call
     else
       top = cur + sz, last = cur;	the next bytes
       memset (cur, 0, N);		calloc; strdup, strndup: the
					string (escape_add_init)
     p = PHI <p1, cur>;

   Each object gets SZ bytes of its own, 16-byte aligned (the storage
   is, and SZ is a multiple of 16), at least 16 even for malloc (0), so
   two live objects never share a byte and every result is unique and
   non-null.  MIN keeps N + 15 from wrapping.  The storage is never
   clobbered: its bytes are live from the entry to the return.  A
   piece may reuse bytes given back by a free, so calloc's piece is
   zeroed every time.  strdup and strndup compute the string's length
   first (the call, when it stays, computes it again from the same
   bytes).  The call that stays is the original one
   (calloc, aligned_alloc, a wrapper) with its own arguments.  */

static void
escape_rewrite_bump_call (function *fun, struct escape_site *site)
{
  gcall *call = site->alloc.call;
  location_t loc = gimple_location (call);
  tree ptr = site->alloc.ptr;
  tree ptype = TREE_TYPE (ptr);

  gimple_seq init = NULL;
  gimple_seq_add_stmt (&init, gimple_build_assign
		       (site->rw.top, escape_slot_addr (site, ptype)));
  gimple_seq_add_stmt (&init, gimple_build_assign
		       (site->rw.last, build_zero_cst (ptype)));
  gsi_insert_seq_on_edge_immediate
    (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fun)), init);

  gimple_stmt_iterator gsi0 = gsi_for_stmt (call);
  tree len;
  tree n = escape_bump_request (site, &gsi0, &len);
  tree stype = TREE_TYPE (n);
  tree itype = pointer_sized_int_node;
  tree heap_ptr = make_ssa_name (ptype);
  duplicate_ssa_name_ptr_info (heap_ptr, SSA_NAME_PTR_INFO (ptr));
  gimple_call_set_lhs (call, heap_ptr);
  update_stmt (call);

  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  tree cur = make_ssa_name (ptype);
  tree icur = make_ssa_name (itype);
  tree ibase = make_ssa_name (itype);
  tree iend = make_ssa_name (itype);
  tree room = make_ssa_name (itype);
  tree nn = make_ssa_name (stype);
  tree t1 = make_ssa_name (stype);
  tree t2 = make_ssa_name (stype);
  tree sz = make_ssa_name (stype);
  tree isz = make_ssa_name (itype);
  tree limit = build_int_cst (stype, site->place.size + 1);
  gimple *stmts[] = {
    gimple_build_assign (cur, site->rw.top),
    gimple_build_assign (icur, NOP_EXPR, cur),
    gimple_build_assign (ibase, NOP_EXPR, escape_slot_addr (site, ptype)),
    gimple_build_assign (iend, PLUS_EXPR, ibase,
			 build_int_cst (itype, site->place.size)),
    gimple_build_assign (room, MINUS_EXPR, iend, icur),
    gimple_build_assign (nn, MIN_EXPR, n, limit),
    gimple_build_assign (t1, PLUS_EXPR, nn,
			 build_int_cst (stype, ESCAPE_BUMP_ALIGN - 1)),
    gimple_build_assign (t2, BIT_AND_EXPR, t1,
			 build_int_cst (stype, -(HOST_WIDE_INT)
					ESCAPE_BUMP_ALIGN)),
    gimple_build_assign (sz, MAX_EXPR, t2,
			 build_int_cst (stype, ESCAPE_BUMP_ALIGN)),
    gimple_build_assign (isz, NOP_EXPR, sz)
  };
  escape_insert_stmts_before (&gsi, stmts, sizeof stmts / sizeof stmts[0],
			      loc, "bump");
  gcond *cond = gimple_build_cond (GT_EXPR, isz, room, NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  edge skip;
  edge from_call = escape_make_conditional (call, cond,
					    profile_probability::unlikely (),
					    &skip);
  tree next = make_ssa_name (ptype);
  gimple_seq take = NULL;
  gimple_seq_add_stmt (&take, gimple_build_assign (next, POINTER_PLUS_EXPR,
						   cur, sz));
  gimple_seq_add_stmt (&take, gimple_build_assign (site->rw.top, next));
  gimple_seq_add_stmt (&take, gimple_build_assign (site->rw.last, cur));
  escape_add_init (site, &take, cur, n, n, len);
  escape_locate_seq (take, loc, "take");
  basic_block nb = gsi_insert_seq_on_edge_immediate (skip, take);
  edge from_storage = single_succ_edge (nb);
  gphi *phi = create_phi_node (ptr, from_call->dest);
  add_phi_arg (phi, heap_ptr, from_call, loc);
  add_phi_arg (phi, cur, from_storage, loc);
  escape_dump_new_stmt ("bump guard", cond);
  escape_dump_new_stmt ("join", phi);
}

/* Rewrite the allocation of SITE, whose objects all fit its frame
   storage (SLOT_BUMP with bump_all: the site runs at most bump_all
   times in an activation, and the storage has a piece for each), into

     entry:  off = 0;
     ...
     o = off;
     p = &storage + o;			never null
     off = o + PIECE;

   PIECE is the object's constant size rounded up to 16, at least 16
   (escape_bump_piece), as escape_rewrite_bump_call's pieces.  The
   allocator is not called: no execution finds the storage full.  The state is an offset, not a
   pointer, so that GCC sees every result as the storage's address
   plus something: non-null (the program's null test folds away) and
   pointing into the storage.  */

static void
escape_rewrite_bump_all (function *fun, struct escape_site *site)
{
  gcall *call = site->alloc.call;
  location_t loc = gimple_location (call);
  tree ptr = site->alloc.ptr;
  tree ptype = TREE_TYPE (ptr);
  unsigned HOST_WIDE_INT piece = escape_bump_piece (site->alloc.size);

  gimple *init = gimple_build_assign (site->rw.top, size_zero_node);
  gsi_insert_on_edge_immediate
    (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fun)), init);
  escape_dump_new_stmt ("bump", init);

  tree o = make_ssa_name (sizetype);
  tree next = make_ssa_name (sizetype);
  gimple *stmts[] = {
    gimple_build_assign (o, site->rw.top),
    gimple_build_assign (ptr, POINTER_PLUS_EXPR,
			 escape_slot_addr (site, ptype), o),
    gimple_build_assign (next, PLUS_EXPR, o, size_int (piece)),
    gimple_build_assign (site->rw.top, next)
  };
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  escape_insert_stmts_before (&gsi, stmts, sizeof stmts / sizeof stmts[0],
			      loc, "take");
  SSA_NAME_DEF_STMT (ptr) = stmts[1];
  gimple_call_set_lhs (call, NULL_TREE);
  unlink_stmt_vdef (call);
  gsi_remove (&gsi, true);
  release_defs (call);
}

/* GCC bounds the length of a string in a local array by the array's
   size, but knows no bound for one in a heap object: after SITE's
   promotion a strncpy, stpncpy or strncat in FUN that reads the object
   as its source may get a -Wstringop-truncation warning ("output may be
   truncated copying 31 bytes from a string of length 63") that the
   heap version never had, a new diagnostic that breaks -Werror builds
   (the warn sweep found it).  Mark those calls as GCC marks the calls
   it already diagnosed.  The mark silences the access warnings of that
   call (GCC keeps them as one group), and only of calls whose source
   may be the object.  */

static void
escape_quiet_truncation (function *fun, struct escape_site *site)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call == NULL || !gimple_call_builtin_p (call, BUILT_IN_NORMAL))
	  continue;
	switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
	  {
	  case BUILT_IN_STRNCPY:
	  case BUILT_IN_STRNCPY_CHK:
	  case BUILT_IN_STPNCPY:
	  case BUILT_IN_STPNCPY_CHK:
	  case BUILT_IN_STRNCAT:
	  case BUILT_IN_STRNCAT_CHK:
	    break;
	  default:
	    continue;
	  }
	tree src = gimple_call_arg (call, 1);
	if (TREE_CODE (src) == SSA_NAME
	    && bitmap_bit_p (site->graph.derived, SSA_NAME_VERSION (src)))
	  suppress_warning (call, OPT_Wstringop_truncation);
      }
}

/* Rewrite promoted SITE of the current function: the allocation becomes
   a stack slot, and its frees end the slot's life.  Return the TODO
   flags the change needs.  */

unsigned int
escape_rewrite_site (function *fun, struct escape_site *site)
{
  /* Only a promoted site is rewritten, once, into a slot that was
     sized and charged to the budget, in place of an SSA pointer.  */
  escape_checking_assert (site->verdict.reason == ESCAPE_PROMOTED
			  && site->rw.slot == NULL_TREE
			  && site->place.size > 0
			  && escape_align_known_p (&site->alloc)
			  && site->alloc.ptr != NULL_TREE
			  && TREE_CODE (site->alloc.ptr) == SSA_NAME);
  site->rw.slot = escape_make_slot (site);
  escape_remember_slot (fun, site->rw.slot);
  escape_quiet_truncation (fun, site);
  if (dump_file)
    {
      fprintf (dump_file, "  slot: ");
      print_generic_expr (dump_file, site->rw.slot, TDF_NONE);
      fprintf (dump_file, " (" HOST_WIDE_INT_PRINT_UNSIGNED " bytes, aligned"
	       " to " HOST_WIDE_INT_PRINT_UNSIGNED "%s)\n", site->place.size,
	       site->alloc.align,
	       site->place.kind == SLOT_GUARDED ? ", guarded"
	       : site->place.kind == SLOT_BUMP ? ", frame storage"
	       : site->place.kind == SLOT_BOUNDED ? ", the largest size" : "");
    }
  /* Frame storage: its state variables exist before the frees that
     give bytes back are rewritten.  */
  if (site->place.kind == SLOT_BUMP && site->place.bump_all)
    site->rw.top = escape_make_state_var (sizetype, "escape_off");
  else if (site->place.kind == SLOT_BUMP)
    {
      site->rw.top = escape_make_state_var (TREE_TYPE (site->alloc.ptr),
					    "escape_top");
      site->rw.last = escape_make_state_var (TREE_TYPE (site->alloc.ptr),
					     "escape_last");
    }
  /* The frees that may also release other objects, and the reallocs,
     are rewritten first, on the original IL.  Each splits its block.  */
  unsigned todo = 0;
  for (unsigned i = 0; i < site->graph.frees.length (); i++)
    if (escape_free_range_tested_p (site, site->graph.frees[i]))
      {
	escape_rewrite_range_free (site, site->graph.frees[i]);
	todo = TODO_update_ssa_only_virtuals | TODO_cleanup_cfg;
      }
  for (unsigned i = 0; i < site->graph.reallocs.length (); i++)
    {
      escape_rewrite_range_realloc (site, site->graph.reallocs[i]);
      todo = TODO_update_ssa_only_virtuals | TODO_cleanup_cfg;
    }
  if (todo)
    {
      free_dominance_info (fun, CDI_DOMINATORS);
      mark_virtual_operands_for_renaming (fun);
    }
  if (site->place.kind == SLOT_BUMP && site->place.bump_all)
    {
      /* No free ends the storage's life: other objects may be in it.  */
      for (unsigned i = 0; i < site->graph.frees.length (); i++)
	if (!escape_free_range_tested_p (site, site->graph.frees[i]))
	  escape_delete_free (site, site->graph.frees[i]);
      escape_rewrite_bump_all (fun, site);
      free_dominance_info (fun, CDI_DOMINATORS);
      mark_virtual_operands_for_renaming (fun);
      return TODO_update_ssa_only_virtuals | TODO_cleanup_cfg;
    }
  if (site->place.kind == SLOT_BUMP)
    {
      escape_rewrite_bump_call (fun, site);
      free_dominance_info (fun, CDI_DOMINATORS);
      mark_virtual_operands_for_renaming (fun);
      return TODO_update_ssa_only_virtuals | TODO_cleanup_cfg;
    }
  if (site->alloc.kind == ALLOC_POSIX_MEMALIGN)
    {
      escape_rewrite_posix_memalign (site);
      for (unsigned i = 0; i < site->graph.frees.length (); i++)
	if (!escape_free_range_tested_p (site, site->graph.frees[i]))
	  escape_rewrite_free (site, site->graph.frees[i]);
      mark_virtual_operands_for_renaming (fun);
      return todo | TODO_update_ssa_only_virtuals;
    }
  if (site->place.kind != SLOT_GUARDED
      && escape_alloc_copies_p (site->alloc.kind))
    {
      escape_rewrite_copy_call (site);
      for (unsigned i = 0; i < site->graph.frees.length (); i++)
	if (!escape_free_range_tested_p (site, site->graph.frees[i]))
	  escape_rewrite_free (site, site->graph.frees[i]);
      mark_virtual_operands_for_renaming (fun);
      return todo | TODO_update_ssa_only_virtuals;
    }
  if (site->place.kind != SLOT_GUARDED)
    {
      escape_rewrite_call (site);
      for (unsigned i = 0; i < site->graph.frees.length (); i++)
	if (!escape_free_range_tested_p (site, site->graph.frees[i]))
	  escape_rewrite_free (site, site->graph.frees[i]);
      return todo;
    }

  escape_rewrite_guarded_call (site);
  for (unsigned i = 0; i < site->graph.frees.length (); i++)
    if (!escape_free_range_tested_p (site, site->graph.frees[i]))
      escape_rewrite_guarded_free (site, site->graph.frees[i]);
  free_dominance_info (fun, CDI_DOMINATORS);
  mark_virtual_operands_for_renaming (fun);
  return TODO_update_ssa_only_virtuals | TODO_cleanup_cfg;
}
