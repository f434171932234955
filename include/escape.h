/* escape.h -- the data shared by the files of the escape pass.

   The pass is split by responsibility, one concept a file:

     plugin.cc    plugin_init: version check, arguments, registration.
     options.cc   the -fplugin-arg-escape-* options and their defaults
		  (the table include/escape-options.def).
     sites.cc     recognising allocation sites and their size/alignment
		  (the table include/escape-allocators.def).
     wrappers.cc  which functions of the unit or of known families are
		  allocators (allocators=, allocator=, same-unit
		  wrappers).
     libc.cc      what the plugin assumes about C library functions and
		  builtins (the table include/escape-libc.def).
     annotate.cc  the attributes the plugin adds to C (noescape,
		  escape_require_stack, escape_keep_heap) and what they
		  do to a site.
     graph.cc     the escape graph: where the object's address flows in
		  SSA, and which integer and pointer-difference uses of it
		  are harmless.
     callee.cc    what a call does to a pointer argument: the one judge
		  of call events, and the callee summaries it reads.
     summary.cc   what a function does with memory it is given: its
		  "may free" and parameter summaries, for its callers.
     recursion.cc the call graph's recursive functions and the
		  call-chain stack bound.
     taint.cc     reading memory as data: a stored address is never read
		  back as anything but a pointer.
     solve.cc     the verdict for one site: the graph, points-to, calls.
     lifetime.cc  loops and the stack budget (where a slot may live).
     rewrite.cc   turning a promoted site into a stack slot, and naming
		  the slots at the entry before expansion ("escape-slots").
     harden.cc    the stack canary and the stack-clash cap of promoted
		  storage (memory-safety defences).
     report.cc    the reason vocabulary, remarks and the dump file.
     record.cc    the build-wide JSON records (record=DIR), the site
		  ids and the flow from an allocation to the statement
		  responsible (remarks=flow).
     pass.cc      the GIMPLE passes "escape", which drives all of the
		  above, and "escape-slots".

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#ifndef ESCAPE_H
#define ESCAPE_H

#include "escape-compat.h"

/* Assert EXPR, an invariant the code relies on, when GCC runs with
   -fchecking (every test does).  gcc_checking_assert would never run:
   a plugin built against a release compiler's headers sees CHECKING_P
   0, which compiles it out; GCC's own run-time verifiers test
   flag_checking the same way.  */
#define escape_checking_assert(EXPR) \
  do { if (flag_checking) gcc_assert (EXPR); } while (0)

/* The reasons a site is or is not promoted (escape-reasons.def).  */
enum escape_reason
{
#define DEF_ESCAPE_REASON(ID, TAG, TEXT) ESCAPE_##ID,
#include "escape-reasons.def"
#undef DEF_ESCAPE_REASON
  ESCAPE_REASON_LAST
};

/* The allocation functions the pass recognises (escape-allocators.def).  */
enum escape_alloc_kind
{
#define DEF_ESCAPE_ALLOCATOR(ID, NAME, MATCH, BUILTIN, SIZE, NULL_ARG, \
			     ALIGN_ARG, SIZE_ARG, COUNT_ARG, RESULT_ARG) \
  ALLOC_##ID,
#include "escape-allocators.def"
#undef DEF_ESCAPE_ALLOCATOR
  ALLOC_KIND_LAST
};

/* How a promoted object is placed (lifetime.cc, rewrite.cc).  */
enum escape_slot_kind
{
  SLOT_FIXED,			/* Constant size: a slot of exactly that size.  */
  SLOT_BOUNDED,			/* Variable size whose value range is bounded:
				   a slot of the largest size.  */
  SLOT_GUARDED,			/* Variable size: a slot of max-guarded-size
				   bytes used when the size fits, else the
				   heap, as before.  */
  SLOT_BUMP			/* A site whose objects of several executions
				   may be live at once: frame storage of
				   max-guarded-size bytes, each execution
				   taking the next bytes while they last,
				   else the heap, as before.  */
};

/* The alignment of the objects taken from frame storage (SLOT_BUMP):
   malloc's on the targets the plugin supports; a site asking for more
   is not given storage.  */
#define ESCAPE_BUMP_ALIGN 16

/* How the promoted objects of a function are guarded against overflows
   (harden.cc).  */
enum escape_canary
{
  CANARY_NONE,			/* Not decided: nothing promoted.  */
  CANARY_ADDED,			/* The plugin adds a stack canary.  */
  CANARY_USER_STRONG,		/* -fstack-protector-strong guards it.  */
  CANARY_USER_ALL,		/* -fstack-protector-all guards it.  */
  CANARY_OFF_USER,		/* Explicit -fno-stack-protector.  */
  CANARY_OFF_ATTRIBUTE,		/* The function is no_stack_protector.  */
  CANARY_OFF_OPTION		/* -fplugin-arg-escape-no-canary.  */
};

/* The user-visible settings (options.cc), a member an option of
   escape-options.def, which says what each means.  */
struct escape_options
{
#define DEF_ESCAPE_ACTION(KEY, HELP, DOC)
#define DEF_ESCAPE_FLAG(KEY, FIELD, VALUE, HELP, DOC) bool FIELD;
#define DEF_ESCAPE_LEVEL(KEY, FIELD, WORD, HELP, DOC) int FIELD;
#define DEF_ESCAPE_SIZE(KEY, FIELD, DEFAULT, MIN_POW2, HELP, DOC) \
  unsigned HOST_WIDE_INT FIELD;
#define DEF_ESCAPE_STRING(KEY, FIELD, METAVAR, CHECK, HELP, DOC) \
  const char *FIELD;
#include "escape-options.def"
#undef DEF_ESCAPE_ACTION
#undef DEF_ESCAPE_FLAG
#undef DEF_ESCAPE_LEVEL
#undef DEF_ESCAPE_SIZE
#undef DEF_ESCAPE_STRING
};

extern struct escape_options escape_opts;

/* What the analysis found out about one use of the object, or about the
   whole site: the reason and the statement and details it refers to.  */
struct escape_verdict
{
  enum escape_reason reason;
  gimple *stmt;			/* The statement responsible, or NULL.  */
  const char *name;		/* The callee or global named, or NULL.  */
  bool via_memory;		/* Reached through a pointer read back
				   from memory.  */
  int argno;			/* 1-based argument number, or 0.  */
  unsigned HOST_WIDE_INT need;	/* %N: the bytes (or the alignment) the
				   site needs.  */
  unsigned HOST_WIDE_INT limit;	/* %M: the cap it exceeds.  */
  unsigned HOST_WIDE_INT used;	/* %L: the bytes of that cap already
				   used.  */
  tree use_name;		/* The derived pointer of the use event
				   judged, or NULL (record.cc's flow).  */
};

/* How the object's address is used by one statement (graph.cc).  Uses
   that cannot let the address out (loads, stores through it,
   comparisons) and uses that only derive another pointer (copies,
   pointer arithmetic, PHIs) are folded into the graph; the rest are
   recorded as events for the solver to judge.  */
enum escape_use_kind
{
  USE_CALL_ARG,			/* Passed as argument ARGNO of a call.  */
  USE_STORE,			/* Stored as a value into memory.  */
  USE_RETURN,			/* Returned.  */
  USE_INT_CONV,			/* Converted to an integer.  */
  USE_PTRDIFF,			/* Subtracted from another pointer, or
				   ordered against one (<, <=, >, >=,
				   MIN, MAX): harmless only when both
				   point into the object.  */
  USE_ASM,			/* Operand of an inline asm.  */
  USE_UNHANDLED			/* Anything else.  */
};

/* One recorded use event.  */
struct escape_use
{
  gimple *stmt;
  tree name;			/* The derived pointer that is used.  */
  enum escape_use_kind kind;
  int argno;			/* 1-based, for USE_CALL_ARG.  */
};

/* How the alignment of an allocation was asked for (sites.cc).  */
enum escape_align_kind
{
  ALIGN_DEFAULT,		/* None: malloc's alignment.  */
  ALIGN_CONSTANT,		/* A constant the library accepts.  */
  ALIGN_REJECTED,		/* A constant the library rejects or treats
				   in a version-dependent way: not a power
				   of two, or (posix_memalign) below
				   sizeof (void *).  */
  ALIGN_VARIABLE		/* Known only at run time.  */
};

/* What the allocation call is (sites.cc).  */
struct escape_alloc
{
  gcall *call;			/* The allocation call.  */
  tree ptr;			/* Its result, an SSA name (the base pointer).  */
  enum escape_alloc_kind kind;
  int index;			/* 1-based number of the site in the function.  */
  unsigned line_ordinal;	/* 0-based number of the site among the
				   function's sites of the same file, line
				   and inlining chain, in statement order
				   (escape_site_id, record.cc).  */
  bool size_known;		/* SIZE is a compile-time constant.  */
  unsigned HOST_WIDE_INT size;	/* Bytes, when SIZE_KNOWN.  */
  bool size_overflows;		/* calloc: the constant count times the
				   element size overflows (SIZE is then
				   all ones).  */
  tree size_arg;		/* The size argument (calloc: the element
				   size), for sizes known at run time.  */
  tree count_arg;		/* calloc's element count, or NULL.  */
  enum escape_align_kind align_kind;
  unsigned HOST_WIDE_INT req_align; /* The constant alignment the call
				   asked for (ALIGN_CONSTANT, _REJECTED).  */
  unsigned HOST_WIDE_INT align;	/* The alignment a slot needs, in bytes
				   (ALIGN_DEFAULT, ALIGN_CONSTANT).  */
  tree result_var;		/* posix_memalign: the local variable its
				   result is stored into, or NULL.  */
  tree wrapper;			/* The trusted wrapper called (wrappers.cc),
				   or NULL: the call is the allocator's.  */
  const char *dealloc;		/* The name of the wrapper's deallocator,
				   or NULL: free.  */
  bool zero_null;		/* A zero size gives NULL (GLib), and so
				   does a null source of a memory copy
				   (g_memdup2).  */
  tree copy_arg;		/* memdupz: the bytes copied, or NULL.  */
  enum escape_reason decline;	/* Not ESCAPE_PROMOTED: the call is a
				   wrapper the pass does not trust, and
				   why (wrappers.cc).  */
};

/* Where the object's address flows (graph.cc).  */
struct escape_graph
{
  unsigned heap_uid;		/* Points-to UID of the object (solve.cc,
				   when found).  */
  bitmap derived;		/* SSA versions that may point into the object.  */
  bitmap exact;			/* ... that always equal the base pointer.  */
  bitmap exact_or_null;		/* ... that equal it or are null.  */
  bitmap own_start;		/* The names that are null or the start of
				   one of the site's objects (taint.cc, 3),
				   kept by the data-read check or, for
				   storage with room for every object
				   (bump_all), computed; or NULL.  */
  bitmap via_memory;		/* ... found through points-to facts only.  */
  gimple *store;		/* The first statement that stores the
				   address into memory, or NULL.  */
  vec<struct escape_use> uses;	/* The use events to judge.  */
  vec<gcall *> frees;		/* free (P) calls of this object.  */
  hash_map<tree, tree> *parent;	/* For a derived name, the one whose
				   use added it (the base and names found
				   through points-to facts have none); the
				   flow of record.cc walks it back.  */
  tree walking;			/* The name whose uses are being
				   classified.  */
  vec<gcall *> reallocs;	/* realloc (P, N) calls whose P may point
				   to this object (range-tested).  */
  vec<gcall *> shared_frees;	/* Its frees that another promoted site
				   of the function rewrites too
				   (escape_mark_shared_frees).  */
  bool own_closed;		/* The address is stored only into the
				   site's own objects, and no statement
				   reads it there as data (taint.cc).  */
};

/* How a promoted object is placed (solve.cc, lifetime.cc) and guarded
   (harden.cc, decided in pass.cc).  */
struct escape_placement
{
  enum escape_slot_kind kind;
  unsigned HOST_WIDE_INT size;	/* Bytes of its stack slot.  */
  unsigned HOST_WIDE_INT bump_all;	/* SLOT_BUMP: when non-zero, the most
				   times the site runs in one activation;
				   the storage holds that many objects,
				   so no execution needs the allocator
				   (lifetime.cc, escape_place_bump).  */
  unsigned HOST_WIDE_INT max_runs;	/* The most times the allocation
				   runs in one activation, or 0 if not
				   known (escape_bound_runs).  */
  enum escape_canary canary;
};

/* What the rewrite of a promoted site makes (rewrite.cc).  */
struct escape_rewrite_state
{
  tree slot;			/* The stack slot.  */
  tree size;			/* Guarded: the size the guard compares
				   with the slot (calloc: the element
				   size; strdup: the length plus one,
				   computed by the rewrite).  */
  tree guard_bytes;		/* calloc: the byte count to zero;
				   strndup, memdup, memdup0, memdupz: the
				   bytes to copy.  */
  tree heap_only;		/* Guarded: the allocator's result on the
				   heap branch, null on the stack branch.  */
  tree top;			/* Bump: the variable holding the first free
				   byte of the storage.  */
  tree last;			/* Bump: the variable holding the most recent
				   object taken from it, or null.  */
};

/* One allocation site and everything the pass learns about it, one
   part a phase.  */
struct escape_site
{
  struct escape_alloc alloc;
  struct escape_graph graph;
  struct escape_verdict verdict;
  struct escape_placement place;
  struct escape_rewrite_state rw;
};

class gimple_ranger;

/* options.cc */
extern const char *escape_bisect_only;
extern const char *escape_bisect_list;
extern bool escape_parse_arguments (struct plugin_name_args *);
extern void escape_print_help (FILE *);

/* sites.cc */
extern bool escape_recognize_site (gcall *, struct escape_site *);
extern bool escape_free_call_p (const gimple *);
extern bool escape_realloc_call_p (const gimple *);
extern bool escape_align_known_p (const struct escape_alloc *);
extern bool escape_alloc_zeroed_p (const struct escape_alloc *);
extern bool escape_find_result_load (function *, struct escape_site *);
extern const char *escape_alloc_kind_name (enum escape_alloc_kind);
extern bool escape_alloc_size_modeled_p (enum escape_alloc_kind);
extern bool escape_libc_allocator_name_p (const char *);
extern bool escape_alloc_copies_p (enum escape_alloc_kind);
extern bool escape_alloc_needs_guard_p (const struct escape_alloc *);

/* wrappers.cc */
struct escape_wrapper_kind
{
  enum escape_alloc_kind kind;	/* The allocator it is treated as.  */
  tree decl;			/* The wrapper.  */
  const char *dealloc;		/* Its deallocator's name, or NULL: free.  */
  bool zero_null;		/* A zero size gives NULL.  */
  enum escape_reason decline;	/* Not ESCAPE_PROMOTED: not trusted.  */
  unsigned nargs;		/* A wrapper of the unit: its parameters
				   (its body, and with it its
				   DECL_ARGUMENTS, is gone once it is
				   compiled).  */
};
extern bool escape_check_families (const char *, const char *);
extern bool escape_check_allocator (const char *, const char *);
extern bool escape_wrapper_call_p (gcall *, struct escape_wrapper_kind *);
extern bool escape_site_dealloc_call_p (const struct escape_alloc *,
					const gimple *);
extern bool escape_dealloc_takes_null_p (const struct escape_alloc *);
extern bool escape_wrapper_source_arg_p (gcall *, int);
extern void escape_find_unit_wrappers (void);
extern void escape_release_wrappers (void);

/* libc.cc */
extern bool escape_safe_builtin_p (const gimple *);
extern bool escape_safe_printf_arg_p (const gcall *, int);

/* annotate.cc */
extern void escape_register_attributes (void *, void *);
extern bool escape_noescape_arg_p (const gcall *, int);
extern bool escape_callee_defined_p (tree);
extern bool escape_builtin_may_free_p (const gcall *);
extern bool escape_libc_reads_no_data_p (const gcall *);
extern bool escape_libc_builtin_copies_p (const gimple *);
extern bool escape_libc_int_result_harmless_p (const gimple *);
extern bool escape_libc_nonfreeing_p (const gcall *);
extern bool escape_signal_runner_p (tree);
extern bool escape_keep_heap_site (function *, struct escape_site *);
extern void escape_check_required (function *, struct escape_site *);
extern void escape_annotated_function_start (void *, void *);
extern void escape_note_kept_calls (void *, void *);

/* graph.cc */
extern void escape_build_graph (function *, struct escape_site *, bool);
extern bool escape_ptr_may_point_to (tree, unsigned);
extern bool escape_pt_may_include (struct pt_solution *, unsigned);
extern void escape_release_graph (struct escape_site *);
extern bool escape_ptrdiff_within_p (struct escape_site *, gimple *);
extern bool escape_ordering_code_p (enum tree_code);
extern bool escape_int_use_harmless_p (tree, unsigned HOST_WIDE_INT);

/* What a callee may do to an object passed to it (callee.cc).  */
#define ESCAPE_EFFECT_CAPTURES 1
#define ESCAPE_EFFECT_FREES 2
#define ESCAPE_EFFECT_RETURNS 4

/* The parameters of a function that have summary bits (summary.cc,
   callee.cc); calls pass the rest to modref.  */
#define ESCAPE_MAX_PARAMS 21

/* What a function reads as data (anything but pointers it only uses as
   addresses) from memory it does not own (taint.cc computes it, callee.cc
   keeps it): byte ranges read through its pointer parameters, and
   whether it reads any data it cannot attribute so.  */
#define ESCAPE_MAX_DATA_RANGES 8
struct escape_data_range
{
  int parm;			/* 0-based parameter number.  */
  HOST_WIDE_INT offset;		/* Bits from the parameter's value.  */
  HOST_WIDE_INT size;		/* Bits; -1: every byte, at any offset.  */
};
struct escape_data_reads
{
  bool elsewhere;		/* A data read through a loaded pointer,
				   a global, the static chain, a variable
				   parameter offset ...  */
  unsigned count;
  struct escape_data_range ranges[ESCAPE_MAX_DATA_RANGES];
};

/* What a call does with a pointer passed as one of its arguments
   (escape_judge_call_event).  */
enum escape_call_event
{
  CALL_EVENT_FREE,		/* free (P): ends the object's life.  */
  CALL_EVENT_REALLOC,		/* realloc (P, N).  */
  CALL_EVENT_INTERNAL,		/* An internal function.  */
  CALL_EVENT_INDIRECT,		/* A call through a pointer.  */
  CALL_EVENT_LIVE_PATCHING,	/* A direct call with effects to a
				   function -flive-patching may replace.  */
  CALL_EVENT_DIRECT		/* Any other direct call: the effects say
				   what it may do.  */
};

/* callee.cc */
extern enum escape_call_event escape_judge_call_event (gcall *, int, int *);
extern int escape_call_arg_effects (gcall *, int);
extern bool escape_callee_may_free_p (gcall *);
extern tree escape_callee_body (gcall *);
extern bool escape_callee_patchable_p (gcall *);
extern bool escape_param_summary (gcall *, int, int *);
extern bool escape_callee_reads_data_p (gcall *);
extern const struct escape_data_reads *escape_callee_data_reads (gcall *);
extern bool escape_call_may_return_arg (gcall *, int);
extern void escape_record_free_summary (tree, bool);
extern void escape_record_param_summary (tree, unsigned HOST_WIDE_INT, int,
					 const struct escape_data_reads *);
extern void escape_release_summaries (void);

/* summary.cc */
extern void escape_summarize_function (function *);
extern void escape_summarize_params (function *);

/* recursion.cc */
extern void escape_compute_recursion (void);
extern bool escape_function_recursive_p (tree);
extern unsigned HOST_WIDE_INT escape_chain_room (tree);
extern void escape_record_chain (tree, unsigned HOST_WIDE_INT);
extern void escape_release_recursion (void);

/* taint.cc */
extern bool escape_check_data_reads (function *, struct escape_site *);
extern void escape_own_start (function *, struct escape_site *);
extern bool escape_call_may_reach_own_p (gcall *, struct escape_site *);
extern bool escape_function_reads_data_p (function *,
					  struct escape_data_reads *);

/* solve.cc */
extern void escape_solve_site (function *, struct escape_site *,
			       gimple_ranger *, unsigned HOST_WIDE_INT *);

/* lifetime.cc */
extern unsigned HOST_WIDE_INT escape_slot_footprint (unsigned HOST_WIDE_INT,
						     unsigned HOST_WIDE_INT);
extern bool escape_block_in_cycle_p (basic_block);
extern bool escape_site_in_cycle_p (struct escape_site *);
extern bool escape_loop_slot_ok_p (struct escape_site *);
extern bool escape_check_budget (function *, struct escape_site *,
				 unsigned HOST_WIDE_INT *);
extern bool escape_place_variable (function *, struct escape_site *,
				   gimple_ranger *,
				   unsigned HOST_WIDE_INT *);
extern bool escape_bump_candidate_p (const struct escape_site *);
extern unsigned int escape_bound_runs (function *, vec<escape_site *> *);
extern unsigned HOST_WIDE_INT escape_bump_piece (unsigned HOST_WIDE_INT);
extern bool escape_place_bump (function *, struct escape_site *,
			       unsigned HOST_WIDE_INT *);

/* rewrite.cc */
extern void escape_mark_shared_frees (vec<escape_site *> *);
extern unsigned int escape_rewrite_site (function *, struct escape_site *);
extern bool escape_free_range_tested_p (const struct escape_site *, gcall *);
extern unsigned escape_range_tested_frees (const struct escape_site *);
extern bool escape_function_has_slots_p (function *);
extern unsigned int escape_mention_slots (function *);

/* harden.cc */
extern enum escape_canary escape_canary_decide (function *);
extern const char *escape_canary_phrase (enum escape_canary);
extern void escape_canary_apply (function *, enum escape_canary);
extern void escape_canary_restore (void);
extern bool escape_clash_limit (unsigned HOST_WIDE_INT *);

/* report.cc */
extern void escape_set_verdict (struct escape_site *, enum escape_reason,
				gimple *, tree, int);
extern const char *escape_decl_name (tree);
extern void escape_report_site (function *, struct escape_site *);
extern bool escape_check_ids (const char *, const char *);
extern bool escape_site_deselected_p (function *, const struct escape_site *);
extern void escape_dump_function_header (function *, unsigned);
extern const char *escape_reason_tag (enum escape_reason);
extern char *escape_object_name (const struct escape_site *);
extern location_t escape_user_location (gimple *);
extern char *escape_site_sentence (const struct escape_site *);

/* record.cc */
extern bool escape_record_dir_ok (const char *, const char *);
extern const char *escape_site_id (function *, const struct escape_site *);
extern void escape_number_site_lines (function *, vec<escape_site *> *);
extern void escape_record_site (function *, const struct escape_site *,
				const char *);
extern void escape_for_each_flow_step (const struct escape_site *,
				       void (*) (void *, char *, gimple *,
						 location_t),
				       void *);
extern void escape_record_finish (void);
extern void escape_inline_blocks (gimple *, vec<tree> *);

#endif /* ESCAPE_H */
