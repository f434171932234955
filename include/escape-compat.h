/* escape-compat.h -- the one place that knows which GCC we are built for.

   Every GCC header the plugin needs is included here, in the order GCC
   requires, and every difference between GCC releases is absorbed here,
   so that the pass itself reads as if there were a single GCC.  The
   plugin is developed against GCC 12 (Debian bookworm's gcc-12-plugin-dev);
   older releases are refused at compile time rather than miscompiled.

   Copyright (C) 2026 The escape authors.
   This file is part of escape, a GCC plugin, and is distributed under
   the terms of the GNU General Public License, version 3 or later.  */

#ifndef ESCAPE_COMPAT_H
#define ESCAPE_COMPAT_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "target.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "ssa.h"
#include "cgraph.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "gimple-ssa.h"
#include "tree-ssa-alias.h"
#include "tree-ssanames.h"
#include "stringpool.h"
#include "attribs.h"
#include "builtins.h"
#include "fold-const.h"
#include "tree-pretty-print.h"
#include "tree-dfa.h"
#include "tree-cfg.h"
#include "diagnostic-core.h"
#include "dumpfile.h"
#include "intl.h"
#include "context.h"
#include "cfgloop.h"
#include "ipa-modref-tree.h"
#include "ipa-modref.h"
#include "attr-fnspec.h"
#include "hash-map.h"
#include "hash-set.h"
#include "bitmap.h"
#include "langhooks.h"
#include "opts.h"
#include "calls.h"
#include "internal-fn.h"
#include "tree-eh.h"
#include "gimplify.h"
#include "cfgexpand.h"
#include "gimplify-me.h"
#include "gimple-walk.h"
#include "tree-into-ssa.h"
#include "cfghooks.h"
#include "profile-count.h"

#include "bversion.h"

#if BUILDING_GCC_MAJOR < 12
# error "escape needs GCC 12 or newer (EAF_NO_DIRECT_ESCAPE, CLOBBER_EOL)"
#endif

/* GCC 12 spells the end-of-life clobber CLOBBER_EOL; GCC 13 renamed it
   CLOBBER_STORAGE_END.  */
#if BUILDING_GCC_MAJOR >= 14
# define ESCAPE_CLOBBER_END CLOBBER_STORAGE_END
#else
# define ESCAPE_CLOBBER_END CLOBBER_EOL
#endif

#endif /* ESCAPE_COMPAT_H */
