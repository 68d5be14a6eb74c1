using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Application.People.Natives.Commands.CreateNative;
using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives.Commands.ImportNatives;

/// <summary>
/// The directory from a filled-in template (.xlsx). The sheet is checked as a whole first (<see cref="SpreadsheetImport"/>: 400 on
/// "file", nothing imported); each row is then the single create command (<see cref="CreateNativeCommand"/>), held to its
/// validator and the domain's rules. The valid rows are saved together; the invalid ones come back per row and field with a code.
/// </summary>
public sealed record ImportNativesCommand(string? FileName, byte[] Content) : ICommand<NativeImportResultDto>;

/// <summary>One field of a rejected row: the field (camelCase, or "row"), its template column, the error's stable code, and why.</summary>
public sealed record NativeImportFieldErrorDto(string Field, string Column, string Code, string Message);

/// <summary>A rejected row: its row number in the sheet (the header row is 1), its name as typed, and its errors.</summary>
public sealed record NativeImportRowErrorDto(int Row, string? Name, IReadOnlyList<NativeImportFieldErrorDto> Errors);

public sealed record NativeImportResultDto(int TotalRows, int ImportedCount, int FailedCount, IReadOnlyList<Guid> ImportedIds, IReadOnlyList<NativeImportRowErrorDto> Errors);

/// <summary>The codes of an import's row errors that only an import has.</summary>
public static class NativeImportRules
{
    public const string Required = "native-import.required";
    public const string TooLong = "native-import.too-long";
    public const string ChainNotFound = "native-import.chain-not-found";
    public const string AssociationNotFound = "native-import.association-not-found";
    public const string ListedInvalid = "native-import.listed-invalid";
    public const string FieldInvalid = "native-import.field-invalid";
}

public sealed class ImportNativesHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, IValidator<CreateNativeCommand> validator, TimeProvider clock)
    : ICommandHandler<ImportNativesCommand, NativeImportResultDto>
{
    private static readonly char[] TagSeparators = ['、', ',', '，', ';', '；'];

    public async ValueTask<NativeImportResultDto> Handle(ImportNativesCommand command, CancellationToken cancellationToken)
    {
        var table = SpreadsheetImport.ReadTable(spreadsheets, command.Content, NativeSheets.ReadLimits, [.. NativeSheets.Columns.Select(c => c.Header)]);
        var chains = await db.IndustryChains.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var chainIds = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var chain in chains)
        {
            chainIds.TryAdd(chain.Name, chain.Id);
            chainIds.TryAdd(chain.Code, chain.Id);
        }

        var associationIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var association in await db.Associations.AsNoTracking().OrderBy(a => a.CreatedAt).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
        {
            associationIds.TryAdd(association.Name, association.Id);
        }

        var now = clock.GetUtcNow();
        var imported = new List<NotableNative>();
        var errors = new List<NativeImportRowErrorDto>();
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<NativeImportFieldErrorDto>();
            var native = await ReadRowAsync(row, chainIds, associationIds, rowErrors, now, cancellationToken);
            if (native is not null && rowErrors.Count == 0)
            {
                imported.Add(native);
                db.NotableNatives.Add(native);
            }
            else
            {
                errors.Add(new NativeImportRowErrorDto(row.RowNumber, BadValue.QuoteOrNull(Cell(row, "name")), rowErrors));
            }
        }

        if (imported.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken); // one save: the valid rows together, or none of them
        }

        return new NativeImportResultDto(table.Rows.Count, imported.Count, errors.Count, [.. imported.Select(n => n.Id)], errors);
    }

    private async Task<NotableNative?> ReadRowAsync(
        SpreadsheetRow row, Dictionary<string, Guid> chainIds, Dictionary<string, Guid> associationIds, List<NativeImportFieldErrorDto> errors, DateTimeOffset now,
        CancellationToken ct)
    {
        foreach (var column in NativeSheets.Columns)
        {
            if (Cell(row, column.Field) is { } text && text.Length > column.MaxLength)
            {
                errors.Add(Error(column.Field, NativeImportRules.TooLong, new Localized(
                    $"内容过长（最多 {column.MaxLength} 个字符）：“{BadValue.Quote(text)}”。", $"Too long (at most {column.MaxLength} characters): \"{BadValue.Quote(text)}\".").Current));
            }
        }

        var name = Cell(row, "name");
        if (name is null)
        {
            errors.Add(Error("name", NativeImportRules.Required, new Localized("姓名必填。", "The name is required.").Current));
        }

        Guid? chainId = null;
        if (Cell(row, "industryChainId") is { } chain)
        {
            if (chainIds.TryGetValue(chain, out var id))
            {
                chainId = id;
            }
            else
            {
                errors.Add(Error("industryChainId", NativeImportRules.ChainNotFound, new Localized(
                    $"找不到产业链“{BadValue.Quote(chain)}”。", $"No industry chain \"{BadValue.Quote(chain)}\".").Current));
            }
        }

        Guid? associationId = null;
        if (Cell(row, "associationId") is { } association)
        {
            if (associationIds.TryGetValue(association, out var id))
            {
                associationId = id;
            }
            else
            {
                errors.Add(Error("associationId", NativeImportRules.AssociationNotFound, new Localized(
                    $"找不到商协会“{BadValue.Quote(association)}”。", $"No association \"{BadValue.Quote(association)}\".").Current));
            }
        }

        var listed = false;
        if (Cell(row, "isListed") is { } listedText)
        {
            if (listedText is "是" or "Y" or "y" or "Yes" or "yes" or "1" or "TRUE" or "true")
            {
                listed = true;
            }
            else if (listedText is not ("否" or "N" or "n" or "No" or "no" or "0" or "FALSE" or "false"))
            {
                errors.Add(Error("isListed", NativeImportRules.ListedInvalid, new Localized("上市公司应填“是”或“否”。", "Listed company must be 是 (yes) or 否 (no).").Current));
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var tags = Cell(row, "tags")?.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = new CreateNativeCommand(
            name!, Cell(row, "nativeCounty"), Cell(row, "company"), Cell(row, "position"), chainId, Cell(row, "cityRegionCode"), associationId, listed, tags,
            Cell(row, "phone"), Cell(row, "email"));
        var result = await validator.ValidateAsync(command, ct);
        foreach (var failure in result.Errors)
        {
            var field = FieldNames.ToCamelCasePath(failure.PropertyName.Split('[')[0]);
            errors.Add(Error(field, NativeImportRules.FieldInvalid, failure.ErrorMessage));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        try
        {
            return NotableNative.Create(command.Name, command.Details(), user.UserId, now);
        }
        catch (DomainRuleException e)
        {
            errors.Add(Error("row", e.Code, ErrorMessages.For(e.Code, e.Message)));
            return null;
        }
    }

    private static string? Cell(SpreadsheetRow row, string field) => row.Cell(NativeSheets.Index(field)) is { Length: > 0 } cell ? cell.Trim() : null;

    private static NativeImportFieldErrorDto Error(string field, string code, string message)
    {
        var header = NativeSheets.Columns.FirstOrDefault(c => c.Field == field)?.Header.Current ?? new Localized("整行", "Row").Current;
        return new NativeImportFieldErrorDto(field, header, code, message);
    }
}
