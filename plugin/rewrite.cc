/* rewrite.cc -- turning a promoted allocation into a stack slot.

   Owns the transformation, once the solver has proved it safe:

     p_1 = malloc (64);          escape_p[64] ={v} {CLOBBER};
				 p_1 = &escape_p;
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
   needed.  A free whose argument may also be null is deleted rather
   than turned into an end-of-life clobber, since on the null path the
   object is still in use.  No clobbers are added at the returns: GCC's
   stack-slot sharing already ends every local's life there, and no
   inlining happens after this pass.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Return a new stack slot of SITE's size and alignment in the current
   function, named after the pointer it replaces.  */

static tree
escape_make_slot (struct escape_site *site)
{
  tree type = build_array_type_nelts (char_type_node, site->size);
  const char *prefix = "escape_obj";
  char buf[64];
  tree var = SSA_NAME_VAR (site->ptr);
  if (var && DECL_NAME (var) && !DECL_ARTIFICIAL (var))
    {
      snprintf (buf, sizeof buf, "escape_%s",
		IDENTIFIER_POINTER (DECL_NAME (var)));
      prefix = buf;
    }
  tree slot = create_tmp_var (type, prefix);
  SET_DECL_ALIGN (slot, site->align * BITS_PER_UNIT);
  DECL_USER_ALIGN (slot) = 1;
  TREE_ADDRESSABLE (slot) = 1;
  SET_DECL_PT_UID (slot, site->heap_uid);
  return slot;
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

/* Replace the allocation call of SITE by the slot's initialisation and
   the slot's address.  */

static void
escape_rewrite_call (struct escape_site *site)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (site->call);
  tree type = TREE_TYPE (site->slot);
  location_t loc = gimple_location (site->call);

  gimple *init = gimple_build_assign (site->slot,
				      site->zeroed
				      ? build_constructor (type, NULL)
				      : build_clobber (type));
  gimple_set_location (init, loc);
  gimple_move_vops (init, site->call);
  gsi_insert_before (&gsi, init, GSI_SAME_STMT);

  tree addr = build_fold_addr_expr_with_type (site->slot,
					      TREE_TYPE (site->ptr));
  gimple *assign = gimple_build_assign (site->ptr, addr);
  gimple_set_location (assign, loc);
  gsi_replace (&gsi, assign, false);
  escape_dump_new_stmt ("new", init);
  escape_dump_new_stmt ("new", assign);
}

/* Replace FREE, a free of SITE's object, by an end-of-life clobber of
   the slot when its argument is exactly the object, or delete it when
   the argument may also be null.  */

static void
escape_rewrite_free (struct escape_site *site, gcall *free_call)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (free_call);
  tree arg = gimple_call_arg (free_call, 0);
  if (TREE_CODE (arg) == SSA_NAME
      && bitmap_bit_p (site->exact, SSA_NAME_VERSION (arg)))
    {
      tree type = TREE_TYPE (site->slot);
      gimple *clob = gimple_build_assign (site->slot,
					  build_clobber (type,
							 ESCAPE_CLOBBER_END));
      gimple_set_location (clob, gimple_location (free_call));
      gimple_move_vops (clob, free_call);
      gsi_replace (&gsi, clob, false);
      escape_dump_new_stmt ("free ->", clob);
    }
  else
    {
      if (dump_file && (dump_flags & TDF_DETAILS))
	fprintf (dump_file, "    free -> deleted (argument may be null)\n");
      unlink_stmt_vdef (free_call);
      gsi_remove (&gsi, true);
      release_defs (free_call);
    }
}

/* Rewrite promoted SITE of the current function: the allocation becomes
   a stack slot, and its frees end the slot's life.  */

void
escape_rewrite_site (function *, struct escape_site *site)
{
  site->slot = escape_make_slot (site);
  if (dump_file)
    {
      fprintf (dump_file, "  slot: ");
      print_generic_expr (dump_file, site->slot, TDF_NONE);
      fprintf (dump_file, " (" HOST_WIDE_INT_PRINT_UNSIGNED " bytes, aligned"
	       " to " HOST_WIDE_INT_PRINT_UNSIGNED ")\n", site->size,
	       site->align);
    }
  escape_rewrite_call (site);
  for (unsigned i = 0; i < site->frees.length (); i++)
    escape_rewrite_free (site, site->frees[i]);
}
