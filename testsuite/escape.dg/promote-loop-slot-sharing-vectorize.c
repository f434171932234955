/* promote-loop-slot-sharing.c with -ftree-loop-vectorize -funroll-loops.  */
/* { dg-do run } */
/* { dg-additional-options "-ftree-loop-vectorize -funroll-loops" } */

#include "loop-slot-sharing.h"

/* { dg-output "both 0 outer 0 inner 0 guarded 0" } */
