"""A pyABC multicore sampler whose results do not depend on process timing.

pyABC's `MulticoreEvalParallelSampler` reseeds each worker from the operating system, so two runs
differ. Here evaluation i of generation t seeds numpy's global generator from (seed, t, i) before
it samples a parameter and simulates, so its outcome is fixed. Workers take evaluation numbers in
turn and keep going until enough are accepted; every evaluation up to the last one started is
finished, and the accepted ones are then taken in evaluation order, so the population is the
first N accepted evaluations whatever the number of processes or their timing.
"""

from __future__ import annotations

import random
from ctypes import c_longlong
from typing import Any, Callable

import cloudpickle as pickle
import numpy as np
from pyabc.sampler.multicore_evaluation_parallel import DONE, MulticoreEvalParallelSampler
from pyabc.sampler.multicorebase import get_if_worker_healthy
from pyabc.sampler.util import get_mp_context


def evaluation_seed(seed: int, t: int, index: int) -> int:
    """The 32-bit seed of evaluation `index` of generation `t` under master seed `seed`."""
    sequence = np.random.SeedSequence([seed % 2 ** 63, t + 16, index])
    return int(sequence.generate_state(1, dtype=np.uint32)[0])


def _work(simulate_one: Any, queue: Any, n_eval: Any, n_acc: Any, n: int, check_max_eval: bool,
          max_eval: float, all_accepted: bool, sample_factory: Callable[[], Any], seed: int, t: int) -> None:
    if isinstance(simulate_one, bytes):
        simulate_one = pickle.loads(simulate_one)
    while (n_acc.value < n and (not all_accepted or n_eval.value < n)
           and (not check_max_eval or n_eval.value < max_eval)):
        with n_eval.get_lock():
            index = n_eval.value
            n_eval.value += 1
        state = evaluation_seed(seed, t, index)
        random.seed(state)
        np.random.seed(state)
        sample = sample_factory()
        result = simulate_one()
        sample.append(result)
        if result.accepted:
            with n_acc.get_lock():
                n_acc.value += 1
        queue.put((index, result.accepted, sample))
    queue.put(DONE)


class SeededMulticoreSampler(MulticoreEvalParallelSampler):
    """`MulticoreEvalParallelSampler` with per-evaluation seeds (see the module docstring).

    Args:
        seed: the master seed.
        n_procs: worker processes (at most the cores to spare; 2 on a 2-core machine).
    """

    def __init__(self, seed: int, n_procs: int = 2, **kwargs: Any) -> None:
        super().__init__(n_procs=n_procs, **kwargs)
        self.seed = seed

    def sample_until_n_accepted(self, n: int, simulate_one: Callable[[], Any], t: int, *,
                                max_eval: float = np.inf, all_accepted: bool = False,
                                ana_vars: Any = None) -> Any:
        ctx = get_mp_context()
        n_eval = ctx.Value(c_longlong)
        n_eval.value = 0
        n_acc = ctx.Value(c_longlong)
        n_acc.value = 0
        queue = ctx.Queue()
        payload = pickle.dumps(simulate_one) if self.pickle else simulate_one
        args = (payload, queue, n_eval, n_acc, n, self.check_max_eval, max_eval, all_accepted,
                self._create_empty_sample, self.seed, t)
        processes = [ctx.Process(target=_work, args=args, daemon=self.daemon) for _ in range(self.n_procs)]
        for process in processes:
            process.start()
        results = []
        done = 0
        while done < len(processes):
            value = get_if_worker_healthy(processes, queue)
            if value == DONE:
                done += 1
            else:
                results.append(value)
        for process in processes:
            process.join()
        results.sort(key=lambda item: item[0])
        accepted_indices = [index for index, accepted, _ in results if accepted][:n]
        last = accepted_indices[-1] if len(accepted_indices) == n else (results[-1][0] if results else -1)
        self.nr_evaluations_ = last + 1
        sample = self._create_empty_sample()
        for index, _, part in results:
            if index <= last:
                sample += part
        if sample.n_accepted < n:
            sample.ok = False
        return sample
