#!/usr/bin/env python3
"""Golden-vector generator for BN Lab (schema: golden README, "bn-golden/1"). Not run by CI.

Computes the `expected` part of a golden file from its `input` with PyTorch in float64, following README §3:

* BN forward in training mode is torch.nn.functional.batch_norm(training=True) (biased variance in the
  normalization); gradients come from autograd through μ and σ² (no hand-written backward here, so the
  Java closed-form backward is checked against an independent implementation).
* Loss is torch.nn.functional.binary_cross_entropy_with_logits (mean), whose gradient is (σ(o) − y)/n.
* Running statistics, once per step after the forward pass:
    - "pytorch", momentum m: torch.nn.BatchNorm1d(momentum=m) updates its own buffers
      (running = (1−m)·running + m·σ²·n/(n−1), unbiased);
    - "pytorch", momentum null: torch.nn.BatchNorm1d(momentum=None), PyTorch's cumulative average
      (weight 1/t at update t, unbiased variance);
    - "keras", momentum m: updated by hand, running = m·running + (1−m)·batch with the BIASED batch
      variance (README §3.5). BatchNorm1d is not used for this: torch momentum 1−m would give the same
      mean but an unbiased running variance.
* Eval: torch.nn.functional.batch_norm(training=False) with the final running statistics.

Usage:
  python3 make_golden.py --check FILE.json ...   recompute `expected` of existing files, report max |diff|
  python3 make_golden.py --out DIR               write the generated cases (CASES below) into DIR

A generated file is accepted only if it round-trips: its own `expected` is recomputed from the file as
written (parsed back from JSON) and compared under the tolerance, and every relu input in the training
steps is at least 1e-4 away from 0 (README §3.1), else the next seed is tried.
"""

import argparse
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

TOLERANCE = {"abs": 1e-09, "rel": 1e-07}
RELU_MARGIN = 1e-4


def t(values):
    return torch.tensor(values, dtype=torch.float64)


def to_list(x):
    return x.detach().tolist()


# --------------------------------------------------------------------------------------------- running stats

class RunningStats:
    """Running mean/var of one BN layer under one convention (README §3.5)."""

    def __init__(self, h, convention, momentum, mean=None, var=None):
        self.convention = convention
        self.momentum = momentum
        if convention == "pytorch":
            self.module = torch.nn.BatchNorm1d(h, momentum=momentum, affine=False)
            if mean is not None:
                self.module.running_mean.copy_(t(mean))
                self.module.running_var.copy_(t(var))
        elif convention == "keras":
            if momentum is None:
                raise ValueError("keras needs a momentum")
            self.mean = t(mean) if mean is not None else torch.zeros(h)
            self.var = t(var) if var is not None else torch.ones(h)
        else:
            raise ValueError("unknown convention " + convention)

    def update(self, v):
        """One update from the batch v (n×h), after that step's forward pass."""
        v = v.detach()
        if self.convention == "pytorch":
            self.module.train()
            with torch.no_grad():
                self.module(v)  # updates running_mean/var (and num_batches_tracked) in place
        else:
            m = self.momentum
            mu = v.mean(0)
            var = v.var(0, unbiased=False)
            self.mean = m * self.mean + (1 - m) * mu
            self.var = m * self.var + (1 - m) * var

    def values(self):
        if self.convention == "pytorch":
            return self.module.running_mean.clone(), self.module.running_var.clone()
        return self.mean.clone(), self.var.clone()


# --------------------------------------------------------------------------------------------- bn_layer

def expected_bn_layer(inp):
    x = t(inp["x"]).requires_grad_(True)
    gamma = t(inp["gamma"]).requires_grad_(True)
    beta = t(inp["beta"]).requires_grad_(True)
    eps = inp["eps"]
    dy = t(inp["dy"])
    y = F.batch_norm(x, None, None, gamma, beta, training=True, eps=eps)
    (dy * y).sum().backward()
    h = x.shape[1]
    updates = []
    for u in inp["running_updates"]:
        rs = RunningStats(h, u["convention"], u["momentum"], inp["running_mean_init"], inp["running_var_init"])
        rs.update(x)
        mean, var = rs.values()
        updates.append({"running_mean": to_list(mean), "running_var": to_list(var)})
    return {
        "y": to_list(y),
        "batch_mean": to_list(x.mean(0)),
        "batch_var": to_list(x.var(0, unbiased=False)),
        "dx": to_list(x.grad),
        "dgamma": to_list(gamma.grad),
        "dbeta": to_list(beta.grad),
        "running_updates": updates,
    }


# --------------------------------------------------------------------------------------------- mlp_training

ACTIVATIONS = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}
PARAM_NAMES = ["W1", "b1", "gamma", "beta", "W2", "b2"]


def expected_mlp(inp, relu_inputs=None):
    """`expected` of an mlp_training input; appends every training-step relu input to relu_inputs if given."""
    net = inp["network"]
    placement = net["bn_placement"]
    act = ACTIVATIONS[net["activation"]]
    with_bn = placement != "none"
    h = net["hidden"]
    init = inp["init"]
    names = PARAM_NAMES if with_bn else ["W1", "b1", "W2", "b2"]
    params = {k: t(init[k]).requires_grad_(True) for k in names}
    lr = inp["lr"]
    running, eps = None, None
    if with_bn:
        bn = inp["bn"]
        eps = bn["eps"]
        running = RunningStats(h, bn["convention"], bn["momentum"])

    def forward(x, training):
        """Returns (logits o, v entering BN, BN output, activation input)."""
        z = x @ params["W1"].T + params["b1"]
        if not with_bn:
            norm = None
        elif training:
            norm = lambda v: F.batch_norm(v, None, None, params["gamma"], params["beta"], training=True, eps=eps)
        else:
            rm, rv = running.values()
            norm = lambda v: F.batch_norm(v, rm, rv, params["gamma"], params["beta"], training=False, eps=eps)
        if placement == "before":
            v = z
            bn_out = norm(v)
            act_in = bn_out
            a = act(act_in)
        elif placement == "after":
            act_in = z
            v = act(z)
            bn_out = norm(v)
            a = bn_out
        else:
            v, bn_out, act_in = None, None, z
            a = act(z)
        o = (a @ params["W2"].T + params["b2"]).squeeze(1)
        return o, v, bn_out, act_in

    steps = []
    for batch in inp["batches"]:
        x = t(batch["x"])
        y = t(batch["y"])
        for p in params.values():
            p.grad = None
        o, v, _, act_in = forward(x, training=True)
        if relu_inputs is not None and net["activation"] == "relu":
            relu_inputs.append(act_in.detach().abs().min().item())
        loss = F.binary_cross_entropy_with_logits(o, y)
        loss.backward()
        step = {"loss": loss.item()}
        if with_bn:
            running.update(v)
            rm, rv = running.values()
            step["pre_bn"] = to_list(v)
            step["batch_mean"] = to_list(v.mean(0))
            step["batch_var"] = to_list(v.var(0, unbiased=False))
            step["running_mean"] = to_list(rm)
            step["running_var"] = to_list(rv)
        step["grads"] = {k: to_list(params[k].grad) for k in names}
        with torch.no_grad():
            for k in names:
                params[k] -= lr * params[k].grad  # θ ← θ − lr·∂loss/∂θ, all at the pre-step parameters
        step["params_after"] = {k: to_list(params[k]) for k in names}
        steps.append(step)

    final = {"params": {k: to_list(params[k]) for k in names}}
    if with_bn:
        rm, rv = running.values()
        final["running_mean"] = to_list(rm)
        final["running_var"] = to_list(rv)
    out = {"steps": steps, "final": final}
    if "eval_x" in inp:
        with torch.no_grad():
            o, v, bn_out, _ = forward(t(inp["eval_x"]), training=False)
        out["eval"] = {"output_prob": to_list(torch.sigmoid(o))}
        if with_bn:
            out["eval"]["pre_bn"] = to_list(v)
            out["eval"]["bn_out"] = to_list(bn_out)
    return out


def expected_deep(inp, relu_inputs=None):
    """`expected` of a deep_mlp_training input (README §8): L hidden layers, each with its own BN."""
    net = inp["network"]
    placement = net["bn_placement"]
    act = ACTIVATIONS[net["activation"]]
    with_bn = placement != "none"
    widths = net["hidden"]
    init = inp["init"]
    names = ["W", "b", "gamma", "beta"] if with_bn else ["W", "b"]
    layers = [{k: t(layer[k]).requires_grad_(True) for k in names} for layer in init["layers"]]
    output = {k: t(init["output"][k]).requires_grad_(True) for k in ["W", "b"]}
    params = [p for layer in layers for p in layer.values()] + list(output.values())
    lr = inp["lr"]
    running, eps = None, None
    if with_bn:
        bn = inp["bn"]
        eps = bn["eps"]
        running = [RunningStats(h, bn["convention"], bn["momentum"]) for h in widths]

    def forward(x, training):
        """Returns (logits, per layer v entering BN, per layer BN output, per layer activation input)."""
        a = x
        vs, bns, acts = [], [], []
        for k, layer in enumerate(layers):
            z = a @ layer["W"].T + layer["b"]
            if not with_bn:
                norm = None
            elif training:
                norm = lambda v, L=layer: F.batch_norm(v, None, None, L["gamma"], L["beta"], training=True,
                                                       eps=eps)
            else:
                rm, rv = running[k].values()
                norm = lambda v, L=layer, rm=rm, rv=rv: F.batch_norm(v, rm, rv, L["gamma"], L["beta"],
                                                                     training=False, eps=eps)
            if placement == "before":
                v = z
                bn_out = norm(v)
                act_in = bn_out
                a = act(act_in)
            elif placement == "after":
                act_in = z
                v = act(z)
                bn_out = norm(v)
                a = bn_out
            else:
                v, bn_out, act_in = None, None, z
                a = act(z)
            vs.append(v)
            bns.append(bn_out)
            acts.append(act_in)
        o = (a @ output["W"].T + output["b"]).squeeze(1)
        return o, vs, bns, acts

    def snapshot(grad):
        def one(p):
            return to_list(p.grad if grad else p)
        return {"layers": [{k: one(layer[k]) for k in names} for layer in layers],
                "output": {k: one(output[k]) for k in ["W", "b"]}}

    steps = []
    for batch in inp["batches"]:
        x = t(batch["x"])
        y = t(batch["y"])
        for p in params:
            p.grad = None
        o, vs, _, acts = forward(x, training=True)
        if relu_inputs is not None and net["activation"] == "relu":
            relu_inputs.append(min(a.detach().abs().min().item() for a in acts))
        loss = F.binary_cross_entropy_with_logits(o, y)
        loss.backward()
        step = {"loss": loss.item()}
        if with_bn:
            step["layers"] = []
            for k, v in enumerate(vs):
                running[k].update(v)
                rm, rv = running[k].values()
                step["layers"].append({"pre_bn": to_list(v), "batch_mean": to_list(v.mean(0)),
                                       "batch_var": to_list(v.var(0, unbiased=False)),
                                       "running_mean": to_list(rm), "running_var": to_list(rv)})
        step["grads"] = snapshot(True)
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad  # θ ← θ − lr·∂loss/∂θ, all at the pre-step parameters
        step["params_after"] = snapshot(False)
        steps.append(step)

    final = {"params": snapshot(False)}
    if with_bn:
        final["running"] = []
        for r in running:
            rm, rv = r.values()
            final["running"].append({"running_mean": to_list(rm), "running_var": to_list(rv)})
    out = {"steps": steps, "final": final}
    if "eval_x" in inp:
        with torch.no_grad():
            o, vs, bns, _ = forward(t(inp["eval_x"]), training=False)
        out["eval"] = {"output_prob": to_list(torch.sigmoid(o))}
        if with_bn:
            out["eval"]["layers"] = [{"pre_bn": to_list(v), "bn_out": to_list(b)} for v, b in zip(vs, bns)]
    return out


def expected_of(kind, inp, relu_inputs=None):
    if kind == "bn_layer":
        return expected_bn_layer(inp)
    if kind == "mlp_training":
        return expected_mlp(inp, relu_inputs)
    if kind == "deep_mlp_training":
        return expected_deep(inp, relu_inputs)
    raise ValueError("unknown kind " + kind)


# --------------------------------------------------------------------------------------------- comparison

def compare(exp, got, tol, path="", acc=None):
    """README §6; returns {"failures": [...], "max": largest |diff|, "path": where, "count": numbers}."""
    if acc is None:
        acc = {"failures": [], "max": 0.0, "path": "", "count": 0}
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            acc["failures"].append(path + ": not an object")
            return acc
        for k, v in exp.items():
            p = path + "." + k if path else k
            if k not in got:
                acc["failures"].append(p + ": missing")
            else:
                compare(v, got[k], tol, p, acc)
    elif isinstance(exp, list):
        if not isinstance(got, list):
            acc["failures"].append(path + ": not an array")
            return acc
        for i, v in enumerate(exp):
            if i >= len(got):
                acc["failures"].append("%s[%d]: missing" % (path, i))
            else:
                compare(v, got[i], tol, "%s[%d]" % (path, i), acc)
        if len(got) > len(exp):
            acc["failures"].append(path + ": too long")
    else:
        acc["count"] += 1
        if isinstance(got, bool) or not isinstance(got, (int, float)) or not math.isfinite(got):
            acc["failures"].append(path + ": not a finite number")
            return acc
        d = abs(got - exp)
        if d > acc["max"] or not acc["path"]:
            acc["max"], acc["path"] = d, path
        if not d <= tol["abs"] + tol["rel"] * abs(exp):
            acc["failures"].append("%s: got %r expected %r" % (path, got, exp))
    return acc


def check(files):
    ok = True
    for f in files:
        with open(f) as fh:
            golden = json.load(fh)
        got = expected_of(golden["kind"], golden["input"])
        acc = compare(golden["expected"], got, golden["tolerance"])
        status = "ok" if not acc["failures"] else "FAIL " + "; ".join(acc["failures"][:5])
        print("%-45s %5d numbers  max |diff| = %.3g at %s  %s"
              % (os.path.basename(f), acc["count"], acc["max"], acc["path"], status))
        ok = ok and not acc["failures"]
    return ok


# --------------------------------------------------------------------------------------------- writing JSON

def dump(value, indent=0):
    """JSON like the public files: objects one member per line, number arrays inline, matrices row per line."""
    pad = "  " * indent
    if isinstance(value, dict):
        items = ['%s  "%s": %s' % (pad, k, dump(v, indent + 1)) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(number(v) for v in value) + "]"
        items = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    if value is None:
        return "null"
    return json.dumps(value)


def number(v):
    if isinstance(v, int):
        return str(v)
    if not math.isfinite(v):
        raise ValueError("non-finite number %r" % v)
    return repr(float(v))  # shortest string that round-trips to the same double


# --------------------------------------------------------------------------------------------- generated cases

def short(a):
    """Inputs are short decimals (6 places), as in the public files; the rounded double IS the input."""
    return [short(v) for v in a] if isinstance(a, (list, np.ndarray)) else round(float(a), 6)


def make_input(spec, rng):
    d, h = spec["inputs"], spec["hidden"]
    w_true = rng.normal(size=d)
    batches = []
    for n in spec["batch_sizes"]:
        x = rng.normal(size=(n, d))
        score = x @ w_true + 0.5 * np.sin(2.0 * x[:, 0]) + 0.3 * rng.normal(size=n)
        y = (score > 0).astype(int)
        if y.min() == y.max():  # keep both classes in every batch
            y[0] = 1 - y[0]
        batches.append({"x": short(x), "y": [int(v) for v in y]})
    inp = {"network": {"inputs": d, "hidden": h, "activation": spec["activation"],
                       "bn_placement": spec["placement"]}}
    if spec["placement"] != "none":
        inp["bn"] = {"convention": spec["convention"], "momentum": spec["momentum"], "eps": spec["eps"]}
    inp["lr"] = spec["lr"]
    init = {"W1": short(rng.normal(scale=1.0 / math.sqrt(d), size=(h, d))),
            "b1": short(rng.normal(scale=0.3, size=h))}
    if spec["placement"] != "none":
        init["gamma"] = short(rng.uniform(0.6, 1.5, size=h))
        init["beta"] = short(rng.uniform(-0.4, 0.4, size=h))
    init["W2"] = [short(rng.normal(scale=0.8, size=h))]
    init["b2"] = [short(rng.normal(scale=0.1))]
    inp["init"] = init
    inp["batches"] = batches
    # eval inputs from a shifted and rescaled distribution, so running and batch statistics differ
    inp["eval_x"] = short(1.6 * rng.normal(size=(spec["eval_rows"], d)) + 0.7)
    return inp


def make_deep_input(spec, rng):
    """A deep_mlp_training input: widths spec["hidden"] (a list), weights scaled by 1/√fan_in."""
    d, widths = spec["inputs"], spec["hidden"]
    inp = make_input(dict(spec, hidden=widths[0]), rng)
    inp["network"]["hidden"] = widths
    layers = []
    fan_in = d
    for h in widths:
        layer = {"W": short(rng.normal(scale=spec.get("w_scale", 1.0) / math.sqrt(fan_in), size=(h, fan_in))),
                 "b": short(rng.normal(scale=0.3, size=h))}
        if spec["placement"] != "none":
            layer["gamma"] = short(rng.uniform(0.6, 1.5, size=h))
            layer["beta"] = short(rng.uniform(-0.4, 0.4, size=h))
        layers.append(layer)
        fan_in = h
    inp["init"] = {"layers": layers, "output": {"W": [short(rng.normal(scale=0.8, size=fan_in))],
                                                "b": [short(rng.normal(scale=0.1))]}}
    return inp


def mixed_sizes(rng, steps, small, large, large_every):
    """Mostly small batches with an occasional large one; README allows n from 2 to 64, mixed in a file."""
    sizes = [int(rng.choice(small)) for _ in range(steps)]
    for i in range(0, steps, large_every):
        sizes[i] = int(rng.choice(large))
    sizes[1] = 2
    return sizes


CASES = [
    {"name": "gen_before_tanh_d3_h5_keras0999_50steps",
     "description": "generated (make_golden.py): BN before tanh, d=3, h=5, keras momentum 0.999 / eps 1e-3, "
                    "50 SGD steps with mixed batch sizes 2..64, eval.",
     "inputs": 3, "hidden": 5, "activation": "tanh", "placement": "before", "convention": "keras",
     "momentum": 0.999, "eps": 0.001, "lr": 0.2, "steps": 50, "small": [2, 3, 4, 5, 6, 8, 16],
     "large": [64], "large_every": 50, "eval_rows": 10, "seed": 101},
    {"name": "gen_after_sigmoid_d3_h5_keras0_mixed",
     "description": "generated (make_golden.py): BN after sigmoid, d=3, h=5, keras momentum 0 (running stats "
                    "= last batch) / eps 1e-3, 16 steps with mixed batch sizes 2..64, eval.",
     "inputs": 3, "hidden": 5, "activation": "sigmoid", "placement": "after", "convention": "keras",
     "momentum": 0.0, "eps": 0.001, "lr": 0.5, "steps": 16, "small": [2, 3, 5, 9, 17],
     "large": [64], "large_every": 7, "eval_rows": 10, "seed": 202},
    {"name": "gen_before_relu_d3_h64_pytorch_cumulative",
     "description": "generated (make_golden.py): BN before relu, d=3, h=64, pytorch momentum null "
                    "(cumulative average, torch momentum=None) / eps 1e-5, 4 steps with mixed batch sizes, eval.",
     "inputs": 3, "hidden": 64, "activation": "relu", "placement": "before", "convention": "pytorch",
     "momentum": None, "eps": 1e-05, "lr": 0.05, "steps": 4, "small": [2, 3, 5, 7],
     "large": [12], "large_every": 4, "eval_rows": 4, "seed": 303},
    {"name": "gen_after_tanh_d1_h2_pytorch0999",
     "description": "generated (make_golden.py): BN after tanh, d=1, h=2, pytorch momentum 0.999 / eps 1e-5, "
                    "24 steps with mixed batch sizes 2..64, eval.",
     "inputs": 1, "hidden": 2, "activation": "tanh", "placement": "after", "convention": "pytorch",
     "momentum": 0.999, "eps": 1e-05, "lr": 0.4, "steps": 24, "small": [2, 3, 4, 6, 8, 12],
     "large": [64, 40], "large_every": 6, "eval_rows": 8, "seed": 404},
]


DEEP_CASES = [
    {"name": "gen_deep_before_sigmoid_L8_d4_keras0_50steps",
     "description": "generated (make_golden.py): 8 hidden layers of widths 1..16 (1, 16, 3, 5, 2, 7, 4, 3), BN "
                    "before sigmoid, d=4, keras momentum 0 / eps 1e-3, 50 SGD steps with mixed batch sizes 2..64, "
                    "eval.",
     "inputs": 4, "hidden": [1, 16, 3, 5, 2, 7, 4, 3], "activation": "sigmoid", "placement": "before",
     "convention": "keras", "momentum": 0.0, "eps": 0.001, "lr": 0.3, "steps": 50,
     "small": [2, 3, 4, 5, 6, 8, 16], "large": [64], "large_every": 20, "eval_rows": 6, "seed": 505},
    {"name": "gen_deep_after_relu_L5_d1_pytorch_cumulative",
     "description": "generated (make_golden.py): 5 hidden layers of 6, BN after relu, d=1, pytorch momentum null "
                    "(cumulative) / eps 1e-5, 12 steps with ragged batches, eval.",
     "inputs": 1, "hidden": [6, 6, 6, 6, 6], "activation": "relu", "placement": "after",
     "convention": "pytorch", "momentum": None, "eps": 1e-05, "lr": 0.1, "steps": 12,
     "small": [2, 3, 5, 9], "large": [33], "large_every": 5, "eval_rows": 5, "seed": 606},
    {"name": "gen_deep_none_tanh_L6_d3_wide",
     "description": "generated (make_golden.py): 6 hidden layers (64, 12, 8, 4, 1, 2), no BN, tanh, d=3, 5 steps, "
                    "eval.",
     "inputs": 3, "hidden": [64, 12, 8, 4, 1, 2], "activation": "tanh", "placement": "none",
     "convention": "keras", "momentum": 0.9, "eps": 0.001, "lr": 0.5, "steps": 5,
     "small": [2, 4, 7], "large": [64], "large_every": 4, "eval_rows": 4, "seed": 707},
    {"name": "gen_deep_before_tanh_L2_d2_pytorch0999_large_lr",
     "description": "generated (make_golden.py): 2 hidden layers (3, 3), BN before tanh, d=2, pytorch momentum "
                    "0.999 / eps 1e-5, lr 3, 40 steps, eval.",
     "inputs": 2, "hidden": [3, 3], "activation": "tanh", "placement": "before", "convention": "pytorch",
     "momentum": 0.999, "eps": 1e-05, "lr": 3.0, "steps": 40, "small": [2, 8, 16, 32],
     "large": [64], "large_every": 10, "eval_rows": 8, "seed": 808},
]


def generate(spec, out_dir, max_tries=50):
    for attempt in range(max_tries):
        rng = np.random.default_rng(spec["seed"] + 1000 * attempt)
        spec = dict(spec, batch_sizes=mixed_sizes(rng, spec["steps"], spec["small"], spec["large"],
                                                  spec["large_every"]))
        kind = "deep_mlp_training" if isinstance(spec["hidden"], list) else "mlp_training"
        inp = make_deep_input(spec, rng) if kind == "deep_mlp_training" else make_input(spec, rng)
        relu_inputs = []
        expected = expected_of(kind, inp, relu_inputs)
        if relu_inputs and min(relu_inputs) < RELU_MARGIN:
            print("  %s seed attempt %d: a relu input %.2g is within %g of 0, retrying"
                  % (spec["name"], attempt, min(relu_inputs), RELU_MARGIN))
            continue
        golden = {"format": "bn-golden/1", "kind": kind, "name": spec["name"],
                  "description": spec["description"], "tolerance": TOLERANCE, "input": inp,
                  "expected": expected}
        text = dump(golden) + "\n"
        # round trip: the file as written must reproduce its own expected values
        parsed = json.loads(text)
        acc = compare(parsed["expected"], expected_of(kind, parsed["input"]), TOLERANCE)
        if acc["failures"] or acc["max"] != 0.0:
            raise RuntimeError("%s does not round-trip: %s" % (spec["name"], acc["failures"][:3]))
        path = os.path.join(out_dir, spec["name"] + ".json")
        with open(path, "w") as fh:
            fh.write(text)
        print("wrote %s (%d bytes, batch sizes %s)" % (path, len(text), spec["batch_sizes"]))
        return path
    raise RuntimeError("no seed gave relu inputs away from 0 for " + spec["name"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", nargs="+", metavar="FILE", help="recompute expected of existing golden files")
    ap.add_argument("--out", metavar="DIR", help="write the generated cases into DIR")
    args = ap.parse_args()
    if not args.check and not args.out:
        ap.error("give --check FILE... and/or --out DIR")
    if args.check and not check(args.check):
        sys.exit(1)
    if args.out:
        for spec in CASES + DEEP_CASES:
            generate(spec, args.out)


if __name__ == "__main__":
    main()
