/* plugin.cc -- the entry point of the escape plugin.

   escape promotes heap allocations that provably never outlive their
   function to stack slots.  This file is its manual and its door:

     gcc -O2 -fplugin=escape [-fplugin-arg-escape-KEY[=VALUE]]... file.c

   plugin_init checks that the plugin was built for this very GCC,
   parses the arguments (options.cc), registers the GIMPLE pass "escape"
   right after GCC's "alias" pass (so points-to results are fresh and
   late SRA/FRE/DSE still run on the promoted objects) and "escape-slots"
   right after "optimized" (rewrite.cc), turns the dump on
   when asked, and hooks the end of the IPA passes, where the whole call
   graph is still known, to find recursive functions (recursion.cc).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"
#include "plugin-version.h"

/* The two symbols GCC looks up in a plugin; everything else is hidden.  */
#define ESCAPE_EXPORT __attribute__ ((visibility ("default")))

ESCAPE_EXPORT int plugin_is_GPL_compatible;

/* The version of the plugin itself.  */
#define ESCAPE_VERSION "0.1"

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  "Promotes non-escaping heap allocations to the stack; "
  "-fplugin-arg-escape-help lists the options."
};

extern opt_pass *make_escape_pass (gcc::context *);
extern opt_pass *make_escape_slots_pass (gcc::context *);

/* The plugin's own operator new and delete, on GCC's xmalloc and free
   (the pass object and the summaries' hash maps are made with new).
   Without them the plugin would need libstdc++, and every compiler
   process that loads it would load libstdc++ and libgcc_s too: about
   6% of the instructions of compiling a small file.  <new> declares
   them with default visibility, so they are exported; cc1 exports its
   own (from its static libstdc++), which then come first, and new and
   delete still pair up.  */

void *
operator new (size_t size)
{
  return xmalloc (size);
}

void
operator delete (void *p) noexcept
{
  free (p);
}

void
operator delete (void *p, size_t) noexcept
{
  free (p);
}

/* Called at PLUGIN_ALL_IPA_PASSES_END: the call graph is complete now,
   and will lose edges (and the functions their bodies) as functions are
   expanded, so take what we need from it: the unit's allocator wrappers
   first, since the recursion's estimates count their call sites.  */

static void
escape_ipa_end (void *, void *)
{
  escape_find_unit_wrappers ();
  escape_compute_recursion ();
}

/* Called at PLUGIN_ALL_PASSES_END, after each function is compiled:
   put back the options harden.cc changed for that function.  */

static void
escape_function_end (void *, void *)
{
  escape_canary_restore ();
}

/* Called at PLUGIN_FINISH: write the unit's record (record.cc) and
   release what the pass kept across functions.  */

static void
escape_finish (void *, void *)
{
  escape_record_finish ();
  escape_release_summaries ();
  escape_release_recursion ();
  escape_release_wrappers ();
}

/* Called at PLUGIN_START_UNIT, once per compilation.  A compile that
   emits only LTO bytecode (-flto without -ffat-lto-objects) never runs
   the pass: it runs at link time, in lto1, and only if the plugin is
   on the link line too, which libtool drops.  Say so once, as a note,
   so that -Werror builds still pass.  escape-gcc, which loads the
   plugin into the link as well, sets ESCAPE_GCC_DRIVER to silence it.  */

static void
escape_start_unit (void *, void *)
{
  if (flag_generate_lto && !flag_fat_lto_objects && !in_lto_p
      && !getenv ("ESCAPE_GCC_DRIVER"))
    inform (UNKNOWN_LOCATION,
	    "escape: this compile emits only LTO bytecode, so the plugin "
	    "runs at link time: put %<-fplugin=escape%> on the link line "
	    "too, or compile and link with %<escape-gcc%>");
}

/* Check that VER is the GCC we were built for.  Unlike
   plugin_default_version_check, name both versions when they differ.  */

static bool
escape_version_ok (struct plugin_gcc_version *ver)
{
  if (plugin_default_version_check (ver, &gcc_version))
    return true;
  error ("the escape plugin was built for GCC %s (%s) but was loaded "
	 "into GCC %s (%s); rebuild it with this compiler "
	 "(%<./configure CC=...%> and %<make%>)",
	 gcc_version.basever, gcc_version.datestamp,
	 ver->basever, ver->datestamp);
  return false;
}

/* The plugin's entry point.  Return 0 even after reporting an error, so
   that GCC stops with our message rather than a generic one.  */

/* Register PASS of the plugin INFO right after the first instance of
   GCC's pass REFERENCE.  */

static void
escape_register_pass (struct plugin_name_args *info, opt_pass *pass,
		      const char *reference)
{
  struct register_pass_info pass_info;
  pass_info.pass = pass;
  pass_info.reference_pass_name = reference;
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &pass_info);
}

ESCAPE_EXPORT int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *ver)
{
  if (!escape_version_ok (ver))
    return 0;
  if (!escape_parse_arguments (info))
    return 0;

  register_callback (info->base_name, PLUGIN_INFO, NULL,
		     &escape_plugin_info);
  /* Even when disabled: code annotated for the plugin must compile the
     same way.  */
  register_callback (info->base_name, PLUGIN_ATTRIBUTES,
		     escape_register_attributes, NULL);
  if (escape_opts.disable)
    return 0;

  escape_register_pass (info, make_escape_pass (g), "alias");
  /* Right before expansion: the slots' entry mentions (rewrite.cc).  */
  escape_register_pass (info, make_escape_slots_pass (g), "optimized");
  register_callback (info->base_name, PLUGIN_ALL_IPA_PASSES_END,
		     escape_ipa_end, NULL);
  register_callback (info->base_name, PLUGIN_ALL_PASSES_END,
		     escape_function_end, NULL);
  register_callback (info->base_name, PLUGIN_FINISH, escape_finish, NULL);
  register_callback (info->base_name, PLUGIN_START_UNIT, escape_start_unit,
		     NULL);
  /* escape_require_stack where the pass will not run (annotate.cc).  */
  register_callback (info->base_name, PLUGIN_ALL_PASSES_START,
		     escape_annotated_function_start, NULL);
  /* The calls whose results escape_keep_heap variables receive.  */
  register_callback (info->base_name, PLUGIN_PRE_GENERICIZE,
		     escape_note_kept_calls, NULL);

  /* -fdump-tree-escape is parsed before plugins are loaded and so can
     never work; turn the dump on from here instead.  */
  if (escape_opts.dump_level > 0)
    g->get_dumps ()->dump_switch_p (escape_opts.dump_level > 1
				    ? "tree-escape-details"
				    : "tree-escape");
  return 0;
}
