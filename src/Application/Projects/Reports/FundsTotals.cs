using InvestPromo.Application.Projects.Reports.Queries.GetProjectYearSummary;

namespace InvestPromo.Application.Projects.Reports;

public static class FundsTotals
{
    /// <summary>Fen sums as yuan by source class, with 境外 (港澳台 + 外国) and the total.</summary>
    public static FundsBySourceDto BySource(long domesticFen, long hkmtFen, long foreignFen) =>
        new(domesticFen / 100m, hkmtFen / 100m, foreignFen / 100m, (hkmtFen + foreignFen) / 100m, (domesticFen + hkmtFen + foreignFen) / 100m);
}
