using System.Globalization;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets.Commands.ImportUnitTargets;

/// <summary>
/// Units' targets from a filled-in template (.xlsx). The sheet is checked as a whole first (<see cref="SpreadsheetImport"/>: 400 on
/// "file"); then every row: a known unit (name or code), a year, whole counts and amounts (万元, yuan to two decimals) of 0 or more,
/// "of which" counts within their whole, each unit and year once. <b>All or nothing</b>: a single bad row imports nothing, and every
/// bad row comes back with its fields' codes. Good rows set (or create) the units' targets in one save, audited.
/// </summary>
public sealed record ImportUnitTargetsCommand(string? FileName, byte[] Content) : ICommand<TargetImportResultDto>;

/// <summary>One field of a rejected row: the field (camelCase, or "row"), its template column, the error's stable code, and why.</summary>
public sealed record TargetImportFieldErrorDto(string Field, string Column, string Code, string Message);

/// <summary>A rejected row: its row number in the sheet (the header row is 1), the unit as typed, and its errors.</summary>
public sealed record TargetImportRowErrorDto(int Row, string? Name, IReadOnlyList<TargetImportFieldErrorDto> Errors);

/// <summary>The outcome: every row imported, or none (<see cref="ImportedCount"/> 0 and the rows' errors).</summary>
public sealed record TargetImportResultDto(int TotalRows, int ImportedCount, int FailedCount, IReadOnlyList<TargetImportRowErrorDto> Errors);

public sealed class ImportUnitTargetsHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : ICommandHandler<ImportUnitTargetsCommand, TargetImportResultDto>
{
    public async ValueTask<TargetImportResultDto> Handle(ImportUnitTargetsCommand command, CancellationToken cancellationToken)
    {
        var table = SpreadsheetImport.ReadTable(spreadsheets, command.Content, TargetSheets.ReadLimits, [.. TargetSheets.Columns.Select(c => c.Header)]);
        var units = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in await db.Units.AsNoTracking().OrderBy(u => u.CreatedAt).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken))
        {
            units.TryAdd(unit.Name, unit.Id);
            units.TryAdd(unit.Code, unit.Id);
        }

        var good = new List<(Guid UnitId, int Year, TargetFigures Figures)>();
        var seen = new HashSet<(Guid, int)>();
        var errors = new List<TargetImportRowErrorDto>();
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<TargetImportFieldErrorDto>();
            var parsed = ReadRow(row, units, rowErrors);
            if (parsed is { } p && !seen.Add((p.UnitId, p.Year)))
            {
                rowErrors.Add(Error("unitId", "target-import.duplicate-unit", "The same unit and year appear more than once in the file."));
            }

            if (parsed is { } ok && rowErrors.Count == 0)
            {
                good.Add(ok);
            }
            else
            {
                errors.Add(new TargetImportRowErrorDto(row.RowNumber, BadValue.QuoteOrNull(Cell(row, "unitId")), rowErrors));
            }
        }

        if (errors.Count > 0)
        {
            return new TargetImportResultDto(table.Rows.Count, 0, errors.Count, errors); // all or nothing: nothing saved
        }

        var now = clock.GetUtcNow();
        var years = good.Select(g => g.Year).Distinct().ToList();
        var existing = await db.UnitTargets.Where(t => years.Contains(t.Year)).ToListAsync(cancellationToken);
        foreach (var (unitId, year, figures) in good)
        {
            if (existing.FirstOrDefault(t => t.UnitId == unitId && t.Year == year) is { } target)
            {
                target.Set(figures, now);
            }
            else
            {
                db.UnitTargets.Add(UnitTarget.Create(unitId, year, figures, user.UserId, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken); // one save: every row together
        return new TargetImportResultDto(table.Rows.Count, good.Count, 0, []);
    }

    private static (Guid UnitId, int Year, TargetFigures Figures)? ReadRow(SpreadsheetRow row, Dictionary<string, Guid> units, List<TargetImportFieldErrorDto> errors)
    {
        int? year = null;
        if (Cell(row, "year") is not { } yearText)
        {
            errors.Add(Error("year", "target-import.required", "A required cell is empty."));
        }
        else if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < UnitTarget.MinYear or > UnitTarget.MaxYear)
        {
            errors.Add(Error("year", "target.year-invalid", "The year is outside the years the system takes."));
        }
        else
        {
            year = y;
        }

        Guid? unitId = null;
        if (Cell(row, "unitId") is not { } unitText)
        {
            errors.Add(Error("unitId", "target-import.required", "A required cell is empty."));
        }
        else if (units.TryGetValue(unitText, out var id))
        {
            unitId = id;
        }
        else
        {
            errors.Add(Error("unitId", "target-import.unit-not-found", "No such carrier unit (write its name or code)."));
        }

        var counts = new int[5];
        string[] countFields = ["signedProjects", "signedOver1Billion", "signedOver5Billion", "startedProjects", "completedProjects"];
        for (var i = 0; i < countFields.Length; i++)
        {
            var text = Cell(row, countFields[i]) ?? "0";
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0 || value != decimal.Truncate(value) || value > int.MaxValue)
            {
                errors.Add(Error(countFields[i], "target-import.number-invalid", "Must be a number of 0 or more (counts whole, amounts with at most two decimals)."));
            }
            else
            {
                counts[i] = (int)value;
            }
        }

        var amounts = new decimal[3];
        string[] amountFields = ["fixedAssetInvestment", "fundsDomestic", "fundsForeign"];
        for (var i = 0; i < amountFields.Length; i++)
        {
            var text = Cell(row, amountFields[i]) ?? "0";
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan) || !Money.IsValidTenThousands(wan))
            {
                errors.Add(Error(amountFields[i], "target-import.number-invalid", "Must be a number of 0 or more (counts whole, amounts with at most two decimals)."));
            }
            else
            {
                amounts[i] = Money.FromTenThousands(wan).Yuan;
            }
        }

        if (errors.Count > 0 || year is null || unitId is null)
        {
            return null;
        }

        var figures = new TargetFigures(counts[0], counts[1], counts[2], counts[3], counts[4], amounts[0], amounts[1], amounts[2]);
        if (figures.Check() is { } problem)
        {
            errors.Add(Error(problem.Field, problem.Code, problem.Message));
            return null;
        }

        return (unitId.Value, year.Value, figures);
    }

    private static string? Cell(SpreadsheetRow row, string field) => row.Cell(TargetSheets.Index(field)) is { Length: > 0 } cell ? cell.Trim() : null;

    private static TargetImportFieldErrorDto Error(string field, string code, string fallback)
    {
        var header = TargetSheets.Columns.FirstOrDefault(c => c.Field == field)?.Header.Current ?? new Localized("整行", "Row").Current;
        return new TargetImportFieldErrorDto(field, header, code, ErrorMessages.For(code, fallback));
    }
}
