/* sites.cc -- recognising allocation sites.

   Owns the question "is this call an allocation, and of what?": the
   allocation functions of the table include/escape-allocators.def
   (malloc, calloc, aligned_alloc, memalign, posix_memalign, and strdup
   and strndup, whose size is the string's length plus one; the memory
   copies memdup, memdup0 and memdupz, which wrappers have; realloc
   (NULL, n) and attribute ((malloc)) functions are reported but not
   promoted yet), and the wrappers wrappers.cc trusts (treated as the
   allocator kind they map onto, deallocated by their own deallocator),
   the object's size when it is a compile-time constant,
   its alignment, whether it starts zeroed, and the deallocation and
   reallocation calls that end or move an object.  What the pass
   assumes about the rest of the C library is libc.cc's.  Only GCC's
   builtins and declarations from system headers are trusted: with
   -fno-builtin, malloc is an ordinary external function, and free is
   not recognised.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The alignment malloc guarantees, in bytes: what a program may rely on
   (C's _Alignof (max_align_t), which GCC's stddef.h defines as that of
   long long, long double and, on i386, __float128) and what glibc's
   malloc gives (MALLOC_ALIGNMENT: two size_t words, at least long
   double's alignment, 16 on i386), never less than GCC's own
   MALLOC_ABI_ALIGNMENT.  That is 16 bytes on x86-64, i386 (-m32) and
   x32 (-mx32); a formula in pointer sizes gave 8 on the last two, and a
   16-aligned vector type in the slot then faulted (movaps).  */

static unsigned HOST_WIDE_INT
escape_malloc_alignment (void)
{
  unsigned bits = MAX ((unsigned) MALLOC_ABI_ALIGNMENT,
		       2 * TYPE_PRECISION (size_type_node));
  bits = MAX (bits, TYPE_ALIGN (long_long_integer_type_node));
  bits = MAX (bits, TYPE_ALIGN (long_double_type_node));
  if (float128_type_node != NULL_TREE)
    bits = MAX (bits, TYPE_ALIGN (float128_type_node));
  return bits / BITS_PER_UNIT;
}

/* How a call to an allocator is recognised (escape-allocators.def).  */
enum escape_alloc_match
{
  ALLOC_MATCH_BUILTIN,		/* A call to GCC's builtin.  */
  ALLOC_MATCH_NAME,		/* A call to a C library function by name.  */
  ALLOC_MATCH_ATTR,		/* Any other attribute ((malloc)) function.  */
  ALLOC_MATCH_WRAPPER		/* No call: a wrapper's kind (wrappers.cc).  */
};

/* How the size of the object an allocator returns is known.  */
enum escape_alloc_size
{
  ALLOC_SIZE_ARG,		/* From its size (and count) arguments.  */
  ALLOC_SIZE_STRING,		/* The string's length plus one.  */
  ALLOC_SIZE_NONE		/* Not modelled.  */
};

/* One row of escape-allocators.def.  */
struct escape_allocator
{
  enum escape_alloc_kind kind;
  const char *name;
  enum escape_alloc_match match;
  enum built_in_function builtin;
  enum escape_alloc_size size;
  int null_arg, align_arg, size_arg, count_arg, result_arg;
};

static const struct escape_allocator escape_allocators[] = {
#define DEF_ESCAPE_ALLOCATOR(ID, NAME, MATCH, BUILTIN, SIZE, NULL_ARG, \
			     ALIGN_ARG, SIZE_ARG, COUNT_ARG, RESULT_ARG) \
  { ALLOC_##ID, NAME, MATCH, BUILTIN, SIZE, NULL_ARG, ALIGN_ARG, SIZE_ARG, \
    COUNT_ARG, RESULT_ARG },
#include "escape-allocators.def"
#undef DEF_ESCAPE_ALLOCATOR
};

/* Return the name of allocation kind KIND, as used in remarks.  */

const char *
escape_alloc_kind_name (enum escape_alloc_kind kind)
{
  gcc_assert (kind < ALLOC_KIND_LAST);
  return escape_allocators[kind].name;
}

/* Return true if NAME is a C library allocator: one the table matches
   as a builtin or by name, or one of the C library's allocators the
   pass does not model.  A site of one that is no builtin
   (-fno-builtin, -ffreestanding, strdup under -std=c11) still gets its
   remark (report.cc), so that the user learns why it stays on the
   heap.  */

bool
escape_libc_allocator_name_p (const char *name)
{
  static const char *const unmodelled[] = {
    "reallocarray", "valloc", "pvalloc", "wcsdup"
  };
  if (name == NULL)
    return false;
  for (size_t i = 0; i < ARRAY_SIZE (escape_allocators); i++)
    if ((escape_allocators[i].match == ALLOC_MATCH_BUILTIN
	 || escape_allocators[i].match == ALLOC_MATCH_NAME)
	&& strcmp (name, escape_allocators[i].name) == 0)
      return true;
  for (size_t i = 0; i < ARRAY_SIZE (unmodelled); i++)
    if (strcmp (name, unmodelled[i]) == 0)
      return true;
  return false;
}

/* Return true if the pass knows how to compute the size of the objects
   of allocation kind KIND (a constant or a run-time value).  */

bool
escape_alloc_size_modeled_p (enum escape_alloc_kind kind)
{
  gcc_assert (kind < ALLOC_KIND_LAST);
  return escape_allocators[kind].size != ALLOC_SIZE_NONE;
}

/* Return true if CALL is a call to the C library's function NAME taking
   NARGS arguments: not a GCC builtin (memalign), so check the name, the
   malloc attribute that glibc declares it with, and the argument
   count.  */

static bool
escape_libc_alloc_call_p (gcall *call, const char *name, unsigned nargs)
{
  tree fndecl = gimple_call_fndecl (call);
  return (fndecl
	  && DECL_NAME (fndecl)
	  && DECL_EXTERNAL (fndecl)
	  && DECL_IS_MALLOC (fndecl)
	  && gimple_call_num_args (call) == nargs
	  && strcmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)), name) == 0);
}

/* Return true if CALL is a call to allocator A.  */

static bool
escape_allocator_call_p (const struct escape_allocator *a, gcall *call)
{
  switch (a->match)
    {
    case ALLOC_MATCH_BUILTIN:
      return (gimple_call_builtin_p (call, a->builtin)
	      && (a->null_arg < 0
		  || integer_zerop (gimple_call_arg (call, a->null_arg))));
    case ALLOC_MATCH_NAME:
      return escape_libc_alloc_call_p (call, a->name,
				       MAX (MAX (a->align_arg, a->size_arg),
					    MAX (a->count_arg,
						 a->result_arg)) + 1);
    case ALLOC_MATCH_ATTR:
      return ((gimple_call_flags (call) & ECF_MALLOC)
	      && !gimple_alloca_call_p (call)
	      && !gimple_call_builtin_p (call, BUILT_IN_NORMAL));
    case ALLOC_MATCH_WRAPPER:
      return false;
    }
  gcc_unreachable ();
}

/* Set SITE's size from the size expression ARG, if it is a constant.  */

static void
escape_set_size (struct escape_site *site, tree arg)
{
  site->alloc.size_known = false;
  site->alloc.size_arg = arg;
  if (TREE_CODE (arg) == INTEGER_CST && tree_fits_uhwi_p (arg))
    {
      site->alloc.size_known = true;
      site->alloc.size = tree_to_uhwi (arg);
    }
}

/* Set SITE's alignment from the alignment argument ARG of aligned_alloc,
   memalign or posix_memalign.  A non-constant alignment, and one the
   library would not accept, are recorded as such; the solver declines
   them (VARIABLE_ALIGN, BAD_ALIGN).  */

static void
escape_set_align (struct escape_site *site, tree arg)
{
  unsigned HOST_WIDE_INT a;
  if (TREE_CODE (arg) != INTEGER_CST || !tree_fits_uhwi_p (arg))
    {
      site->alloc.align_kind = ALIGN_VARIABLE;
      return;
    }
  a = tree_to_uhwi (arg);
  site->alloc.req_align = a;
  /* An alignment the library would reject (posix_memalign: EINVAL
     unless a power of two multiple of sizeof (void *)) or treat in a
     version-dependent way (aligned_alloc, memalign: not a power of two)
     must keep its library behaviour: record it as unsupported.  */
  if (!pow2p_hwi (a)
      || (site->alloc.kind == ALLOC_POSIX_MEMALIGN
	  && a < (unsigned HOST_WIDE_INT) POINTER_SIZE_UNITS))
    site->alloc.align_kind = ALIGN_REJECTED;
  else
    {
      site->alloc.align_kind = ALIGN_CONSTANT;
      site->alloc.align = MAX (a, escape_malloc_alignment ());
    }
}

/* Return true if the object ALLOC allocates starts zeroed (calloc,
   zalloc).  */

bool
escape_alloc_zeroed_p (const struct escape_alloc *alloc)
{
  return alloc->kind == ALLOC_CALLOC || alloc->kind == ALLOC_ZALLOC;
}

/* Return true if allocation kind KIND copies memory into the object
   from its first argument, which it only reads (memdup, memdup0,
   memdupz).  */

bool
escape_alloc_copies_p (enum escape_alloc_kind kind)
{
  return (kind == ALLOC_MEMDUP || kind == ALLOC_MEMDUP0
	  || kind == ALLOC_MEMDUPZ);
}

/* Return true if ALLOC, a memory copy, must keep a guard even when its
   size is a constant (a slot of that size, used only when the guard
   lets it): a null source gives NULL (g_memdup2, ZERO_NULL) and the
   source is not known to be non-null; or (memdupz) the bytes copied
   are not known to fit the size, so that a copy beyond the object
   stays the heap's overflow, as before, not the stack's.  */

bool
escape_alloc_needs_guard_p (const struct escape_alloc *alloc)
{
  if (!escape_alloc_copies_p (alloc->kind))
    return false;
  if (alloc->zero_null
      && !tree_expr_nonzero_p (gimple_call_arg (alloc->call, 0)))
    return true;
  if (alloc->kind == ALLOC_MEMDUPZ)
    return !(alloc->size_known
	     && TREE_CODE (alloc->copy_arg) == INTEGER_CST
	     && tree_fits_uhwi_p (alloc->copy_arg)
	     && tree_to_uhwi (alloc->copy_arg) <= alloc->size);
  return false;
}

/* Return true if ALLOC's slot alignment is known: malloc's, or a
   constant the library accepts.  */

bool
escape_align_known_p (const struct escape_alloc *alloc)
{
  return (alloc->align_kind == ALIGN_DEFAULT
	  || alloc->align_kind == ALIGN_CONSTANT);
}

/* Set SITE's size from calloc's element count N and element size M,
   recording a product that overflows size_t, or is SIZE_MAX (which no
   allocation can satisfy either), as SIZE_OVERFLOWS.  */

static void
escape_set_calloc_size (struct escape_site *site, tree n, tree m)
{
  site->alloc.size_known = false;
  site->alloc.count_arg = n;
  site->alloc.size_arg = m;
  if (TREE_CODE (n) != INTEGER_CST || TREE_CODE (m) != INTEGER_CST
      || !tree_fits_uhwi_p (n) || !tree_fits_uhwi_p (m))
    return;
  unsigned HOST_WIDE_INT a = tree_to_uhwi (n), b = tree_to_uhwi (m), r;
  site->alloc.size_known = true;
  if (__builtin_mul_overflow (a, b, &r)
      || r > tree_to_uhwi (TYPE_MAX_VALUE (size_type_node)))
    r = HOST_WIDE_INT_M1U;
  site->alloc.size = r;
  site->alloc.size_overflows = r == HOST_WIDE_INT_M1U;
}

/* Describe in *SITE the call CALL to allocator A (or to a wrapper of
   kind A, whose arguments are A's).  */

static void
escape_describe_call (gcall *call, const struct escape_allocator *a,
		      struct escape_site *site)
{
  site->alloc.kind = a->kind;
  if (a->result_arg >= 0)
    site->alloc.ptr = NULL_TREE;
  if (a->align_arg >= 0)
    escape_set_align (site, gimple_call_arg (call, a->align_arg));
  if (a->count_arg >= 0)
    escape_set_calloc_size (site, gimple_call_arg (call, a->count_arg),
			    gimple_call_arg (call, a->size_arg));
  else if (a->size_arg >= 0)
    escape_set_size (site, gimple_call_arg (call, a->size_arg));
  if (a->kind == ALLOC_MEMDUP0 && site->alloc.size_known)
    {
      /* N + 1 bytes; when that wraps, the size is left to the guard,
	 which sends it to the allocator.  */
      tree type = TREE_TYPE (site->alloc.size_arg);
      if (site->alloc.size < tree_to_uhwi (TYPE_MAX_VALUE (type)))
	site->alloc.size++;
      else
	site->alloc.size_known = false;
    }
  if (a->kind == ALLOC_MEMDUPZ)
    site->alloc.copy_arg = gimple_call_arg (call, 1);
  if (a->result_arg >= 0)
    {
      /* The result's variable, when it is a local one.  */
      tree mem = gimple_call_arg (call, a->result_arg);
      if (TREE_CODE (mem) == ADDR_EXPR && VAR_P (TREE_OPERAND (mem, 0))
	  && !is_global_var (TREE_OPERAND (mem, 0)))
	site->alloc.result_var = TREE_OPERAND (mem, 0);
    }
}

/* Return true if CALL allocates a new object that the pass should
   report on, and describe it in *SITE.  */

bool
escape_recognize_site (gcall *call, struct escape_site *site)
{
  memset (site, 0, sizeof *site);
  site->alloc.call = call;
  site->alloc.ptr = gimple_call_lhs (call);
  site->alloc.align_kind = ALIGN_DEFAULT;
  site->alloc.align = escape_malloc_alignment ();
  site->alloc.decline = ESCAPE_PROMOTED;

  /* A wrapper (wrappers.cc) is the allocator of its kind, called with
     the same arguments.  */
  struct escape_wrapper_kind w;
  if (escape_wrapper_call_p (call, &w))
    {
      escape_describe_call (call, &escape_allocators[w.kind], site);
      site->alloc.wrapper = w.decl;
      site->alloc.dealloc = w.dealloc;
      site->alloc.zero_null = w.zero_null;
      site->alloc.decline = w.decline;
      return true;
    }

  for (size_t i = 0; i < ARRAY_SIZE (escape_allocators); i++)
    {
      const struct escape_allocator *a = &escape_allocators[i];
      if (escape_allocator_call_p (a, call))
	{
	  escape_describe_call (call, a, site);
	  return true;
	}
    }
  return false;
}

/* Callback for walk_stmt_load_store_addr_ops: note in *DATA (a tree)
   whether BASE is that tree, by clearing it.  */

static bool
escape_mentions_cb (gimple *, tree base, tree, void *data)
{
  tree *var = (tree *) data;
  if (base == *var)
    *var = NULL_TREE;
  return false;
}

/* For a posix_memalign SITE of FUN: find the one load of its result
   variable, "p_1 = tmp", and make p_1 the site's pointer.  Return false
   if the variable is mentioned anywhere else (other loads, stores, its
   address taken) but by the call and debug statements.  */

bool
escape_find_result_load (function *fun, struct escape_site *site)
{
  if (site->alloc.result_var == NULL_TREE)
    return false;
  tree load = NULL_TREE;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (stmt == site->alloc.call || is_gimple_debug (stmt))
	  continue;
	if (gimple_assign_single_p (stmt)
	    && gimple_assign_rhs1 (stmt) == site->alloc.result_var
	    && TREE_CODE (gimple_assign_lhs (stmt)) == SSA_NAME)
	  {
	    if (load)
	      return false;
	    load = gimple_assign_lhs (stmt);
	    continue;
	  }
	tree var = site->alloc.result_var;
	walk_stmt_load_store_addr_ops (stmt, &var, escape_mentions_cb,
				       escape_mentions_cb, escape_mentions_cb);
	if (var == NULL_TREE)
	  return false;
      }
  site->alloc.ptr = load;
  return true;
}

/* Return true if STMT is a call to free.  Not fndecl_dealloc_argno,
   which also answers for realloc, operator delete and functions
   declared with attribute malloc (dealloc).  */

bool
escape_free_call_p (const gimple *stmt)
{
  return gimple_call_builtin_p (stmt, BUILT_IN_FREE);
}

/* Return true if STMT is a call to realloc.  */

bool
escape_realloc_call_p (const gimple *stmt)
{
  return gimple_call_builtin_p (stmt, BUILT_IN_REALLOC);
}
