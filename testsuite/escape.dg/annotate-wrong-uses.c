/* The verdict attributes where they do not apply: each is ignored with
   a -Wattributes warning that says where it applies, never an error.
   Both on one function: a warning, and escape_keep_heap wins (no
   escape_require_stack error for its site that stays on the heap).  */
/* { dg-do compile } */

#include <stdlib.h>

void keep (void *);

char *global_p __attribute__ ((escape_keep_heap)); /* { dg-warning ".escape_keep_heap. attribute ignored: it applies only to a function or to a local pointer variable that receives an allocation" } */
int global_i __attribute__ ((escape_require_stack)); /* { dg-warning ".escape_require_stack. attribute ignored: it applies only to a function" } */
typedef char *kept_ptr __attribute__ ((escape_keep_heap)); /* { dg-warning ".escape_keep_heap. attribute ignored: it applies only to a function or to a local pointer variable" } */
struct s { char *field __attribute__ ((escape_keep_heap)); }; /* { dg-warning ".escape_keep_heap. attribute ignored" } */

void param_use (char *p __attribute__ ((escape_keep_heap))); /* { dg-warning ".escape_keep_heap. attribute ignored: it applies only to a function or to a local pointer variable" } */
void args_use (void) __attribute__ ((escape_require_stack (1))); /* { dg-warning ".escape_require_stack. attribute takes no arguments; ignored" } */
void args_keep (void) __attribute__ ((escape_keep_heap ("x"))); /* { dg-warning ".escape_keep_heap. attribute takes no arguments; ignored" } */

void
locals (void)
{
  static char *sp __attribute__ ((escape_keep_heap)); /* { dg-warning ".escape_keep_heap. attribute ignored: it applies only to a function or to a local pointer variable" } */
  int n __attribute__ ((escape_keep_heap)) = 3; /* { dg-warning ".escape_keep_heap. attribute ignored on a variable that is not a pointer" } */
  char *p __attribute__ ((escape_require_stack)) = malloc (n); /* { dg-warning ".escape_require_stack. attribute ignored: it applies only to a function" } */
  sp = p;
  keep (sp);
}

__attribute__ ((escape_require_stack, escape_keep_heap)) void
both (void) /* { dg-warning ".both. has both .escape_require_stack. and .escape_keep_heap.: .escape_keep_heap. wins" } */
{
  char *b = malloc (8); /* { dg-bogus "must be on the stack" } */
  keep (b);
}

__attribute__ ((escape_keep_heap)) void both_apart (void);

__attribute__ ((escape_require_stack)) void
both_apart (void) /* { dg-warning ".both_apart. has both .escape_require_stack. and .escape_keep_heap.: .escape_keep_heap. wins" } */
{
  char *c = malloc (16); /* { dg-bogus "must be on the stack" } */
  keep (c);
  keep (c + 1);
}

/* { dg-final { scan-escape-dump "heap \\(keep-heap-function\\): 'c'" } } */
