/* While the plugin is loaded, __has_attribute is true for its three
   attributes, and the public header's macros expand to them: a
   function marked ESCAPE_REQUIRE_STACK whose site escapes is an error
   through the macro too.  */
/* { dg-do compile } */

#if !__has_attribute (escape_require_stack)
#error "escape_require_stack is not known"
#endif
#if !__has_attribute (escape_keep_heap)
#error "escape_keep_heap is not known"
#endif
#if !__has_attribute (noescape)
#error "noescape is not known"
#endif

#include "../../include/escape-attributes.h"
#include <stdlib.h>

void keep (void *);
void look (ESCAPE_NOESCAPE void *);

ESCAPE_REQUIRE_STACK void
required (void)
{
  char *p = malloc (8); /* { dg-error "'p' \\(8 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'required'\\) but stays on the heap: passed to 'keep'" } */
  keep (p);
}

ESCAPE_REQUIRE_STACK void
required_ok (void)
{
  char *q = malloc (8); /* { dg-bogus "must be on the stack" } */
  if (!q)
    return;
  look (q);
  free (q);
}

void
kept (int n)
{
  char *r ESCAPE_KEEP_HEAP = malloc (8);
  if (!r)
    return;
  r[n & 7] = 1;
  look (r);
  free (r);
}

/* { dg-final { scan-escape-dump "promoted: 'q'" } } */
/* { dg-final { scan-escape-dump "heap \\(keep-heap\\): 'r'" } } */
