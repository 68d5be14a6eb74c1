namespace InvestPromo.Domain.Evaluations;

/// <summary>One association's result: its total, rank (competition ranking), each group's and each indicator's score.</summary>
public sealed record EvaluationResult(
    Guid AssociationId,
    string AssociationName,
    decimal Total,
    int Rank,
    IReadOnlyDictionary<string, decimal> GroupScores,
    IReadOnlyDictionary<string, decimal> IndicatorScores)
{
    public Guid AssociationId { get; } = AssociationId;

    public string AssociationName { get; } = AssociationName;

    public decimal Total { get; } = Total;

    public int Rank { get; } = Rank;

    public IReadOnlyDictionary<string, decimal> GroupScores { get; } = GroupScores;

    public IReadOnlyDictionary<string, decimal> IndicatorScores { get; } = IndicatorScores;
}

/// <summary>What scoring needs of one association: its frozen metric values and its manual scores by indicator code.</summary>
public sealed record EvaluationInput(Guid AssociationId, string AssociationName, IReadOnlyDictionary<EvaluationMetric, decimal> Values, IReadOnlyDictionary<string, decimal> ManualScores)
{
    public Guid AssociationId { get; } = AssociationId;

    public string AssociationName { get; } = AssociationName;

    public IReadOnlyDictionary<EvaluationMetric, decimal> Values { get; } = Values;

    public IReadOnlyDictionary<string, decimal> ManualScores { get; } = ManualScores;
}

/// <summary>The evaluation's arithmetic, pure: linear and by-rank scoring, totals, competition ranking and the published cut.</summary>
public static class EvaluationScoring
{
    /// <summary>Scores round to the hundredth, half away from zero.</summary>
    public static decimal Round(decimal score) => decimal.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>max × min(value / cap, 1); a value ≤ 0 scores 0.</summary>
    public static decimal Linear(decimal max, decimal value, decimal cap)
    {
        if (cap <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), cap, "The cap is above 0.");
        }

        return value <= 0 ? 0m : Round(max * Math.Min(value / cap, 1m));
    }

    /// <summary>The rank's score: max for rank 1, one step less per rank below, never below 0.</summary>
    public static decimal ByRank(decimal max, int rank, decimal step) => Math.Max(0m, Round(max - ((rank - 1) * step)));

    /// <summary>
    /// Competition ranking ("1, 2, 2, 4"): each value's rank is 1 + the number of values strictly greater. The answer is in the
    /// input's order.
    /// </summary>
    public static IReadOnlyList<int> CompetitionRanks(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderByDescending(v => v).ToArray();
        var firstIndex = new Dictionary<decimal, int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            firstIndex.TryAdd(sorted[i], i + 1);
        }

        return [.. values.Select(v => firstIndex[v])];
    }

    /// <summary>Who is published: everyone ranked at most <paramref name="topN"/> (so all tied at the Nth place are in).</summary>
    public static bool IsPublished(int rank, int topN) => rank <= topN;

    /// <summary>Scores every association under the scheme, ranks the totals, and orders by rank then name.</summary>
    public static IReadOnlyList<EvaluationResult> Score(EvaluationSchemeDefinition scheme, IReadOnlyList<EvaluationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(inputs);
        var indicatorScores = inputs.Select(_ => new Dictionary<string, decimal>(StringComparer.Ordinal)).ToArray();
        foreach (var indicator in scheme.Indicators)
        {
            if (indicator.Kind == IndicatorKind.Manual)
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    indicatorScores[i][indicator.Code] = inputs[i].ManualScores.TryGetValue(indicator.Code, out var s) ? Math.Clamp(s, 0m, indicator.MaxScore) : 0m;
                }

                continue;
            }

            var metric = indicator.Metric!.Value;
            var values = inputs.Select(x => x.Values.GetValueOrDefault(metric)).ToArray();
            if (indicator.Rule == ScoringRule.ByRank)
            {
                var ranks = CompetitionRanks(values);
                for (var i = 0; i < inputs.Count; i++)
                {
                    indicatorScores[i][indicator.Code] = values[i] <= 0 ? 0m : ByRank(indicator.MaxScore, ranks[i], indicator.RankStep ?? 0m);
                }
            }
            else
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    indicatorScores[i][indicator.Code] = Linear(indicator.MaxScore, values[i], indicator.Cap ?? 1m);
                }
            }
        }

        var totals = new decimal[inputs.Count];
        var groups = new Dictionary<string, decimal>[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            groups[i] = scheme.Groups.ToDictionary(g => g.Code, g => g.Indicators.Sum(x => indicatorScores[i][x.Code]), StringComparer.Ordinal);
            totals[i] = groups[i].Values.Sum();
        }

        var totalRanks = CompetitionRanks(totals);
        return [.. inputs.Select((x, i) => new EvaluationResult(x.AssociationId, x.AssociationName, totals[i], totalRanks[i], groups[i], indicatorScores[i]))
            .OrderBy(r => r.Rank).ThenBy(r => r.AssociationName, StringComparer.Ordinal).ThenBy(r => r.AssociationId)];
    }
}
