/* pass.cc -- the GIMPLE pass "escape".

   Owns the order of work for one function:

     1. collect the allocation sites (sites.cc), in statement order;
     2. decide every site on the original IL (solve.cc; a site marked
	escape_keep_heap is decided by annotate.cc), charging the
	promoted ones to the function's stack budget (lifetime.cc), and
	record what they add to the call chains through it (recursion.cc);
     3. report each verdict (report.cc), check it against
	escape_require_stack (annotate.cc) and rewrite the promoted sites
	(rewrite.cc); give a function that received a slot its stack
	canary (harden.cc);
     4. record what the function may do to its parameters and whether
	it may free its callers' memory (summary.cc), for the functions
	analysed after it.

   A second pass, "escape-slots", runs on the same function right before
   expansion and names its slots at the entry (rewrite.cc).

   The pass runs right after "alias", inside pass_all_optimizations, so
   GCC never runs it at -O0 or -Og; the gate also needs fresh points-to
   results (-ftree-pta).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"
#include "gimple-range.h"

namespace {

const pass_data escape_pass_data = {
  GIMPLE_PASS,			/* type */
  "escape",			/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  /* A plugin cannot add a timevar; charge the pass to GCC's "plugin
     execution", so that -ftime-report shows its cost on one line.  */
  TV_PLUGIN_RUN,		/* tv_id */
  PROP_cfg | PROP_ssa,		/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0,				/* todo_flags_finish */
};

class escape_pass : public gimple_opt_pass
{
public:
  escape_pass (gcc::context *ctxt)
    : gimple_opt_pass (escape_pass_data, ctxt)
  {}

  bool gate (function *) final override
  {
    return optimize > 0 && flag_tree_pta && !escape_opts.disable;
  }

  unsigned int execute (function *) final override;
};

/* Collect the allocation sites of FUN into SITES, numbering them (and
   among the sites of each line, for their ids).  */

static void
escape_collect_sites (function *fun, vec<escape_site *> *sites)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call == NULL)
	  continue;
	escape_site *site = XCNEW (escape_site);
	if (escape_recognize_site (call, site))
	  {
	    site->alloc.index = sites->length () + 1;
	    sites->safe_push (site);
	  }
	else
	  free (site);
      }
  /* The site ids (record.cc), before any site is rewritten.  */
  escape_number_site_lines (fun, sites);
}

/* Analyse, report and rewrite the allocation sites of FUN.  */

unsigned int
escape_pass::execute (function *fun)
{
  auto_vec<escape_site *> sites;
  escape_collect_sites (fun, &sites);
  if (!sites.is_empty ())
    escape_dump_function_header (fun, sites.length ());

  /* How often sites in loops run (lifetime.cc): this may change the
     CFG, so it comes before the ranger.  */
  unsigned int todo = escape_bound_runs (fun, &sites);

  /* Ranges of variable sizes come from an on-demand ranger, which
     must be gone before the rewrites change the CFG.  */
  gimple_ranger *ranger = NULL;
  for (unsigned i = 0; i < sites.length () && !ranger; i++)
    if (!sites[i]->alloc.size_known)
      ranger = enable_ranger (fun);

  unsigned HOST_WIDE_INT used = 0;
  /* A site kept on the heap by escape_keep_heap (annotate.cc) is not
     analysed, and costs no budget.  */
  for (unsigned i = 0; i < sites.length (); i++)
    if (!escape_keep_heap_site (fun, sites[i]))
      escape_solve_site (fun, sites[i], ranger, &used);
  if (ranger)
    disable_ranger (fun);
  /* What the call chains from FUN may now add (summary.cc).  */
  escape_record_chain (fun->decl, used);

  /* skip= and only= (bisecting) keep sites on the heap as they were.
     Their bytes stay counted in the budgets above, so deselecting one
     site changes no other site's verdict.  */
  for (unsigned i = 0; i < sites.length (); i++)
    if (sites[i]->verdict.reason == ESCAPE_PROMOTED
	&& escape_site_deselected_p (fun, sites[i]))
      escape_set_verdict (sites[i], ESCAPE_DESELECTED, NULL, NULL_TREE, 0);

  /* What this function does to its parameters, on the IL as it was
     analysed (the rewrites below touch only local objects).  */
  escape_summarize_params (fun);

  /* A function that receives a slot gets a stack canary (harden.cc);
     each promoted site's report says so.  */
  enum escape_canary canary = CANARY_NONE;
  for (unsigned i = 0; i < sites.length (); i++)
    if (sites[i]->verdict.reason == ESCAPE_PROMOTED)
      {
	if (canary == CANARY_NONE)
	  canary = escape_canary_decide (fun);
	sites[i]->place.canary = canary;
	escape_checking_assert (canary != CANARY_NONE);
      }

  /* A free that two promoted sites rewrite is deleted by neither.  */
  escape_mark_shared_frees (&sites);
  for (unsigned i = 0; i < sites.length (); i++)
    {
      escape_report_site (fun, sites[i]);
      /* escape_require_stack: a site left on the heap is an error.  */
      escape_check_required (fun, sites[i]);
      if (sites[i]->verdict.reason == ESCAPE_PROMOTED)
	todo |= escape_rewrite_site (fun, sites[i]);
    }
  if (canary != CANARY_NONE)
    escape_canary_apply (fun, canary);

  for (unsigned i = 0; i < sites.length (); i++)
    {
      escape_release_graph (sites[i]);
      free (sites[i]);
    }
  escape_summarize_function (fun);
  return todo;
}

const pass_data escape_slots_pass_data = {
  GIMPLE_PASS,			/* type */
  "escape-slots",		/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_PLUGIN_RUN,		/* tv_id */
  PROP_cfg | PROP_ssa,		/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0,				/* todo_flags_finish */
};

/* The pass "escape-slots", right after "optimized": name the slots
   "escape" made at the function's entry for cfgexpand's stack-slot
   sharing (rewrite.cc).  */

class escape_slots_pass : public gimple_opt_pass
{
public:
  escape_slots_pass (gcc::context *ctxt)
    : gimple_opt_pass (escape_slots_pass_data, ctxt)
  {}

  bool gate (function *fun) final override
  {
    return escape_function_has_slots_p (fun);
  }

  unsigned int execute (function *fun) final override
  {
    return escape_mention_slots (fun);
  }
};

} // anon namespace

/* Create the pass object for plugin_init.  */

opt_pass *
make_escape_pass (gcc::context *ctxt)
{
  return new escape_pass (ctxt);
}

/* Create the "escape-slots" pass object for plugin_init.  */

opt_pass *
make_escape_slots_pass (gcc::context *ctxt)
{
  return new escape_slots_pass (ctxt);
}
